-- Searches that are rarely the same twice, so that most miss the service's 60-second cache: one or two words
-- drawn from the archive's vocabulary, with prefixes and misspellings among them (URL-encoded).
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
