-- A harsh case: one or two words drawn at random from the archive's vocabulary in three languages (prefixes and
-- misspellings among them, URL-encoded). Most pairs never occur together, so about half the searches find no
-- entry with both words and fall back to entries with either, or to the words they look like.
local words = { "skam", "skammer", "slutte", "slutter", "klamydia", "kondom", "straffbart", "utlandet",
                "skyldf%C3%B8lelse", "hiv", "partner", "partneren", "sk%C3%A4ms", "chlamydia", "kj%C3%B8pe",
                "testing", "teste", "famil", "familien", "sprukket", "klamidya", "sove", "penger", "s%C3%B8nn",
                "kona", "vane", "stresset", "ensom", "smitte", "svie", "gift", "reiser", "jobben", "land",
                "advokat", "gratis", "anonymt", "infeksjoner", "m%C3%B8nster", "snakke", "sluta", "k%C3%B6pa",
                "olagligt", "utomlands", "skuld", "testa", "stop", "buying", "ashamed", "tested", "illegal",
                "abroad", "relapsed", "months", "free", "anonymous", "patterns", "vinduperioden", "sprakk", "halvt" }
math.randomseed(os.time())
request = function()
  local q = words[math.random(#words)]
  if math.random() < 0.6 then
    q = q .. "%20" .. words[math.random(#words)]
  end
  return wrk.format("GET", wrk.path .. q)
end
