-- 50,000 published questions with answers in nb/sv/en, built from phrase lists so that full-text search has
-- realistic words to stem and rank. The search vectors are filled by the table's trigger. The trigger that counts
-- the archive's words is held back while the 50,000 rows go in, as one transaction would otherwise update the same
-- few hundred counts 50,000 times each; the counts are then made afresh in one go, as the migration makes them.
ALTER TABLE question DISABLE TRIGGER question_search_words;
WITH words AS (
    SELECT ARRAY['Hvordan slutter jeg å kjøpe sex', 'Jeg skammer meg etter sexkjøp', 'Bør jeg teste meg for klamydia',
                 'Kan partneren min finne ut av det', 'Er det straffbart å kjøpe sex i utlandet', 'Jeg får ikke sove av skyldfølelse',
                 'Hva er vinduperioden for hiv', 'Jeg har sprukket igjen etter et halvt år', 'Hvordan forteller jeg det til kona mi',
                 'Kondomet sprakk, hva nå', 'Jeg bruker for mye penger på dette', 'Min sønn kjøper sex, hva gjør jeg'] AS nb_titles,
           ARRAY['Hur slutar jag köpa sex', 'Jag skäms efter sexköp', 'Borde jag testa mig för klamydia',
                 'Kan min partner ta reda på det', 'Är det olagligt att köpa sex utomlands', 'Jag kan inte sova av skuld'] AS sv_titles,
           ARRAY['How do I stop buying sex', 'I feel ashamed after paying for sex', 'Should I get tested for chlamydia',
                 'Can my partner find out', 'Is it illegal to buy sex abroad', 'I relapsed after six months'] AS en_titles,
           ARRAY['Jeg har kjøpt sex i flere år og vil slutte, men det blir en vane når jeg er stresset eller ensom.',
                 'Etter siste gang har jeg hatt svie når jeg tisser og er redd for smitte.',
                 'Jeg er gift og redd for at familien skal finne ut av det. Jeg tør ikke snakke med noen.',
                 'Jeg reiser mye i jobben og vet ikke hva som gjelder i andre land.'] AS nb_bodies,
           ARRAY['Många känner igen sig i det du skriver. Det går att förändra ett mönster, och det hjälper att prata med någon.',
                 'Testa dig gärna: det är gratis och anonymt, och de flesta infektioner går att behandla.'] AS sv_answers,
           ARRAY['Mange kjenner seg igjen i det du skriver. Det går an å endre et mønster, og det hjelper å snakke med noen om skam og skyld.',
                 'Test deg gjerne: det er gratis og anonymt, og de fleste infeksjoner kan behandles. Bruk kondom.',
                 'Sexkjøpsloven gjelder også for nordmenn i utlandet. Snakk gjerne med en advokat om din situasjon.'] AS nb_answers,
           ARRAY['Many people recognise what you describe. Patterns can change, and talking to someone helps.',
                 'Get tested: it is free and anonymous, and most infections can be treated.'] AS en_answers,
           ARRAY['stopping', 'health', 'law', 'relationships', 'feelings', 'relatives'] AS categories
)
INSERT INTO question (id, receipt_hash, status, title, body, category, language, publish_consent, answer_markdown,
                      answer_html, answer_text, answered_at, published_at, slug, last_changed_at)
SELECT gen_random_uuid(), sha256(convert_to('bench-receipt-' || g, 'UTF8')), 'published',
       title || ' (' || g || ')', body, words.categories[1 + g % 6], lang, true, answer, '<p>' || answer || '</p>', answer,
       now() - make_interval(mins => g), now() - make_interval(mins => g), 'bench-' || g, now()
FROM words, generate_series(1, 50000) AS g,
LATERAL (SELECT CASE WHEN g % 10 < 7 THEN 'nb' WHEN g % 10 < 9 THEN 'sv' ELSE 'en' END AS lang) l,
LATERAL (SELECT
    CASE l.lang WHEN 'nb' THEN words.nb_titles[1 + g % 12] WHEN 'sv' THEN words.sv_titles[1 + g % 6]
                ELSE words.en_titles[1 + (g / 10) % 6] END AS title,
    CASE l.lang WHEN 'nb' THEN words.nb_bodies[1 + g % 4] WHEN 'sv' THEN 'Jag har funderat länge på detta och vet inte vad jag ska göra.'
                ELSE 'I have thought about this for a long time and do not know what to do.' END AS body,
    CASE l.lang WHEN 'nb' THEN words.nb_answers[1 + g % 3] WHEN 'sv' THEN words.sv_answers[1 + g % 2]
                ELSE words.en_answers[1 + (g / 10) % 2] END AS answer) t;
ALTER TABLE question ENABLE TRIGGER question_search_words;
SELECT qa_recount_search_words();
-- What autovacuum does shortly after a bulk load; searches read the newest entries from an index-only scan, which
-- needs the visibility map that VACUUM sets.
VACUUM ANALYZE question;
