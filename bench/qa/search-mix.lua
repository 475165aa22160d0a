-- Searches as visitors type them: runs of one to three words from the archive's questions (in Norwegian, Swedish
-- and English), the last word sometimes still being typed, sometimes misspelt, and some pairs of unrelated words.
-- How often each is asked follows Zipf's law (s = 1), as search queries do: a few are common, most are rare.
-- Every thread builds the same ranked list (fixed seed), then draws from it with a seed of its own.
local titles = {
  "Hvordan slutter jeg å kjøpe sex", "Jeg skammer meg etter sexkjøp", "Bør jeg teste meg for klamydia",
  "Kan partneren min finne ut av det", "Er det straffbart å kjøpe sex i utlandet", "Jeg får ikke sove av skyldfølelse",
  "Hva er vinduperioden for hiv", "Jeg har sprukket igjen etter et halvt år", "Hvordan forteller jeg det til kona mi",
  "Kondomet sprakk, hva nå", "Jeg bruker for mye penger på dette", "Min sønn kjøper sex, hva gjør jeg",
  "Hur slutar jag köpa sex", "Jag skäms efter sexköp", "Borde jag testa mig för klamydia",
  "Kan min partner ta reda på det", "Är det olagligt att köpa sex utomlands", "Jag kan inte sova av skuld",
  "How do I stop buying sex", "I feel ashamed after paying for sex", "Should I get tested for chlamydia",
  "Can my partner find out", "Is it illegal to buy sex abroad", "I relapsed after six months",
  "vane stresset ensom", "svie smitte tisser", "gift familien snakke", "reiser jobben land",
  "gratis anonymt infeksjoner", "advokat sexkjøpsloven", "mønster skam skyld",
}
local unrelated = { "skam", "klamydia", "kondom", "utlandet", "hiv", "partner", "penger", "kona", "vane", "ensom",
  "smitte", "gift", "jobben", "advokat", "gratis", "sluta", "olagligt", "skuld", "ashamed", "tested", "abroad" }

local function words_of(text)
  local list = {}
  for word in string.gmatch(string.lower(text), "[^%s,]+") do list[#list + 1] = word end
  return list
end

-- Cuts at a byte that starts a UTF-8 character, keeping at least three bytes.
local function prefix(word)
  local cut = math.max(3, #word - 2)
  while cut > 3 and string.byte(word, cut + 1) and string.byte(word, cut + 1) >= 128 and string.byte(word, cut + 1) < 192 do
    cut = cut - 1
  end
  return string.sub(word, 1, cut)
end

-- Swaps two neighbouring ASCII letters in the middle of the word.
local function typo(word)
  local i = math.floor(#word / 2)
  local a, b = string.byte(word, i), string.byte(word, i + 1)
  if #word < 5 or a >= 128 or b >= 128 or a == b then return nil end
  return string.sub(word, 1, i - 1) .. string.char(b, a) .. string.sub(word, i + 2)
end

local function encode(text)
  return (string.gsub(text, "[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

math.randomseed(42)
local queries, seen = {}, {}
local function add(text)
  if text and not seen[text] then seen[text] = true; queries[#queries + 1] = encode(text) end
end
for _, title in ipairs(titles) do
  local w = words_of(title)
  for length = 1, 3 do
    for start = 1, #w - length + 1 do
      local run = table.concat(w, " ", start, start + length - 1)
      local last = w[start + length - 1]
      if #run >= 4 then
        add(run)
        if #last >= 5 then add(string.sub(run, 1, #run - #last) .. prefix(last)) end
        local wrong = typo(last)
        if wrong then add(string.sub(run, 1, #run - #last) .. wrong) end
      end
    end
  end
end
for _ = 1, 300 do add(unrelated[math.random(#unrelated)] .. " " .. unrelated[math.random(#unrelated)]) end
for i = #queries, 2, -1 do
  local j = math.random(i)
  queries[i], queries[j] = queries[j], queries[i]
end
local cumulative, total = {}, 0
for rank = 1, #queries do
  total = total + 1 / rank
  cumulative[rank] = total
end

local thread_number = 0
function setup(thread)
  thread_number = thread_number + 1
  thread:set("seed", os.time() * 100 + thread_number)
  if thread_number == 1 then print(string.format("search mix: %d distinct searches", #queries)) end
end

function init()
  math.randomseed(seed)
end

request = function()
  local x, low, high = math.random() * total, 1, #queries
  while low < high do
    local middle = math.floor((low + high) / 2)
    if cumulative[middle] < x then low = middle + 1 else high = middle end
  end
  return wrk.format("GET", wrk.path .. queries[low])
end
