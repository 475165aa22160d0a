-- Rotates through typical searches (URL-encoded), partial words and misspellings included.
local queries = { "skam", "slutte", "klamydia", "kondom", "straffbart%20utlandet", "skyldf%C3%B8lelse", "hiv",
                  "partner", "sk%C3%A4ms", "chlamydia", "kj%C3%B8p", "testing", "famil", "sprukket", "klamidya" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", wrk.path .. queries[(i % #queries) + 1])
end
