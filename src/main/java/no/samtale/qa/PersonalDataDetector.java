package no.samtale.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

/**
 * Spots personal data in an anonymously submitted question (Norwegian, Swedish or English) so that a moderator
 * sees it before anything is published: e-mail addresses, phone numbers, Norwegian fødselsnummer and D-numbers,
 * Swedish personnummer and samordningsnummer, and links. Names are not detected; that is left to the moderator.
 *
 * <p>
 * It errs towards flagging: a moderator dismisses a false alarm in a second, while a missed phone number is
 * published. Identity numbers are the exception: they are reported only when their check digits and date hold,
 * since eleven random digits are more often an account or reference number than a person.
 *
 * <p>
 * Stateless: one instance can be shared by any number of threads. A {@code @Singleton} rather than
 * {@code @ApplicationScoped} because there is nothing to proxy.
 */
@Singleton
public final class PersonalDataDetector {

    /** When spans overlap, the earlier kind wins: the more specific reading of the same characters. */
    private static final List<PersonalDataKind> PRECEDENCE = List.of(PersonalDataKind.EMAIL,
            PersonalDataKind.NATIONAL_ID_NO, PersonalDataKind.PERSONAL_ID_SE, PersonalDataKind.PHONE,
            PersonalDataKind.URL);

    /** Top-level domains common enough in these languages to recognise a bare {@code name.tld} as a link. */
    private static final Set<String> COMMON_TLDS = Set.of("no", "se", "dk", "fi", "eu", "de", "uk", "nl", "fr", "es",
            "pl", "ch", "be", "ru", "com", "net", "org", "info", "biz", "edu", "gov", "io", "co", "me", "tv", "cc",
            "app", "dev", "xyz", "online", "site", "shop", "store", "blog", "live", "club", "link", "top", "ai",
            "onion");

    /** A mailbox written with a plain " at " is only believed when it is at one of these (or looks like one). */
    private static final Set<String> MAIL_PROVIDERS = Set.of("gmail", "googlemail", "hotmail", "outlook", "live",
            "msn", "yahoo", "icloud", "me", "mac", "proton", "protonmail", "pm", "aol", "gmx", "yandex", "online",
            "telia", "tutanota", "mail");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String SPACE = "[ \\t\\u00A0]";
    private static final String OPEN = "[(\\[{<]";
    private static final String CLOSE = "[)\\]}>]";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";

    // E-mail, including the ways people hide one from robots: "ola (at) example (dot) no", "ola snabel-a x.se".
    private static final String MAIL_ATOM = "[\\p{L}\\p{N}_%+-]{1,64}";
    private static final String MAIL_DOT = "(?:\\.|" + SPACE + "*" + OPEN + SPACE + "*(?:dot|punkt|punktum)" + SPACE
            + "*" + CLOSE + SPACE + "*|" + SPACE + "+(?:dot|punkt|punktum)" + SPACE + "+)";
    private static final String MAIL_AT_WORD = "(?:at|alfakrøll|krøllalfa|snabel-a)";
    private static final String MAIL_AT = "(?:" + SPACE + "*@" + SPACE + "*|" + SPACE + "*" + OPEN + SPACE + "*(?:@|a|"
            + MAIL_AT_WORD + ")" + SPACE + "*" + CLOSE + SPACE + "*|" + SPACE + "+" + MAIL_AT_WORD + SPACE + "+)";
    private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}_%+.-])(?<local>" + MAIL_ATOM + "(?:"
            + MAIL_DOT + MAIL_ATOM + "){0,8})(?<at>" + MAIL_AT + ")(?<domain>" + LABEL + "(?:" + MAIL_DOT + LABEL
            + "){1,8})(?![\\p{L}\\p{N}_-])", FLAGS);
    private static final Pattern MAIL_SEPARATOR = Pattern.compile(MAIL_DOT, FLAGS);

    // Identity numbers; the patterns only find the shapes, the check digits and the date decide.
    private static final Pattern NORWEGIAN_ID = Pattern
            .compile("(?<![\\p{L}\\p{N}_+])(\\d{6})[ \\u00A0]?(\\d{5})(?![\\p{L}\\p{N}_])");
    private static final Pattern SWEDISH_ID = Pattern
            .compile("(?<![\\p{L}\\p{N}_+])(18|19|20)?(\\d{6})([-+]?)(\\d{4})(?![\\p{L}\\p{N}_])");
    private static final int[] NORWEGIAN_K1_WEIGHTS = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
    private static final int[] NORWEGIAN_K2_WEIGHTS = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

    // Phone numbers are read by hand (see findPhones); amounts of money ("45000000 kr", "kr 45000000") are not.
    private static final int MAX_PHONE_DIGITS = 17; // "00" and the fifteen digits E.164 allows
    private static final Pattern MONEY_AFTER = Pattern
            .compile("[ \\u00A0]*(?:(?:kr|kroner|kronor|nok|sek|dkk|eur|euro|usd|dollar)\\b|[€$£%]|,-|:-)", FLAGS);
    private static final Pattern MONEY_BEFORE = Pattern
            .compile("(?:\\b(?:kr|sek|dkk|eur|usd)\\.?|[€$£])[ \\u00A0]*$", FLAGS);
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    // Links.
    private static final String URL_CHAR = "[^\\s\\p{Z}<>\"'`{}|\\\\^\\[\\]]";
    private static final String URL_REST = "(?![\\p{L}\\p{N}_@-])(?::\\d{2,5})?(?:[/?#]" + URL_CHAR + "*)?";
    private static final Pattern SCHEME_URL = Pattern.compile("\\b(?:https?|ftp)://" + URL_CHAR + "+", FLAGS);
    private static final Pattern WWW_URL = Pattern.compile("(?<![\\p{L}\\p{N}_.@/-])www\\d{0,3}\\." + LABEL
            + "(?:\\." + LABEL + "){1,8}" + URL_REST, FLAGS);
    private static final Pattern BARE_URL = Pattern.compile("(?<![\\p{L}\\p{N}_.@/-])(?:" + LABEL + "\\.){1,8}(?:"
            + String.join("|", COMMON_TLDS.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .toList())
            + ")" + URL_REST, FLAGS);

    /** The personal data in {@code text}, ordered by position, never overlapping; empty for null or empty text. */
    public List<PersonalDataFinding> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<PersonalDataFinding> candidates = new ArrayList<>();
        findEmails(text, candidates);
        findNorwegianIds(text, candidates);
        findSwedishIds(text, candidates);
        findPhones(text, candidates);
        findUrls(text, candidates);
        return withoutOverlaps(candidates);
    }

    /**
     * {@code text} with every finding's span replaced by {@code replacement}; overlapping findings are replaced
     * once. The findings must come from this very text: a span that no longer holds its match is refused rather
     * than cutting the wrong characters. Null text stays null.
     */
    public String redact(String text, List<PersonalDataFinding> findings, String replacement) {
        Objects.requireNonNull(replacement, "replacement");
        if (text == null || findings == null || findings.isEmpty()) {
            return text;
        }
        List<PersonalDataFinding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparingInt(PersonalDataFinding::start));
        StringBuilder redacted = new StringBuilder(text.length());
        int copied = 0;
        for (PersonalDataFinding finding : ordered) {
            // The message names no text: it would be the personal data.
            if (!text.startsWith(finding.match(), finding.start())) {
                throw new IllegalArgumentException("a " + finding.kind() + " finding at [" + finding.start() + ", "
                        + finding.end() + ") does not match the text");
            }
            if (finding.start() >= copied) {
                redacted.append(text, copied, finding.start()).append(replacement);
            }
            copied = Math.max(copied, finding.end());
        }
        return redacted.append(text, copied, text.length()).toString();
    }

    // ---- e-mail

    private static void findEmails(String text, List<PersonalDataFinding> out) {
        Matcher matcher = EMAIL.matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            int end = emailEnd(matcher);
            if (end < 0) {
                from = matcher.start() + 1;
                continue;
            }
            out.add(finding(text, PersonalDataKind.EMAIL, matcher.start(), end));
            from = end;
        }
    }

    /**
     * Where the address in the match really ends, or -1 if it is not one. The domain may have run on into the
     * sentence ("ola@x.no dot com"), so it is shortened label by label until the last one is a top-level domain.
     */
    private static int emailEnd(Matcher matcher) {
        String local = matcher.group("local");
        String at = matcher.group("at").replaceAll(SPACE, "");
        String domain = matcher.group("domain");
        boolean hiddenDots = hasHiddenDot(local);
        List<Integer> labelEnds = new ArrayList<>();
        List<Integer> labelStarts = new ArrayList<>(List.of(0));
        List<Boolean> plainDots = new ArrayList<>();
        Matcher separator = MAIL_SEPARATOR.matcher(domain);
        while (separator.find()) {
            labelEnds.add(separator.start());
            labelStarts.add(separator.end());
            plainDots.add(separator.group().equals("."));
        }
        labelEnds.add(domain.length());
        boolean plainAt = at.equals("@");
        boolean wordAt = at.equalsIgnoreCase("at");
        for (int last = labelEnds.size() - 1; last >= 1; last--) {
            String tld = domain.substring(labelStarts.get(last), labelEnds.get(last));
            boolean hidden = hiddenDots || plainDots.subList(0, last).contains(false);
            if (!isTld(tld, !plainAt || hidden)) {
                continue;
            }
            String site = domain.substring(labelStarts.get(last - 1), labelEnds.get(last - 1));
            if (wordAt && !hidden && !looksLikeMailbox(local, site)) {
                // "I read at vg.no", "jeg tror at nrk.no …": the word "at" is too common to be believed alone.
                continue;
            }
            return matcher.start("domain") + labelEnds.get(last);
        }
        return -1;
    }

    private static boolean hasHiddenDot(String local) {
        Matcher separator = MAIL_SEPARATOR.matcher(local);
        while (separator.find()) {
            if (!separator.group().equals(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTld(String label, boolean mustBeCommon) {
        if (label.length() < 2 || label.length() > 24 || !label.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return !mustBeCommon || COMMON_TLDS.contains(label.toLowerCase(Locale.ROOT));
    }

    private static boolean looksLikeMailbox(String local, String site) {
        return local.chars().anyMatch(c -> c == '.' || c == '_' || c == '+' || Character.isDigit(c))
                || MAIL_PROVIDERS.contains(site.toLowerCase(Locale.ROOT));
    }

    // ---- Norwegian fødselsnummer, D-number, H-number

    private static void findNorwegianIds(String text, List<PersonalDataFinding> out) {
        Matcher matcher = NORWEGIAN_ID.matcher(text);
        while (matcher.find()) {
            if (isNorwegianId(matcher.group(1) + matcher.group(2))) {
                out.add(finding(text, PersonalDataKind.NATIONAL_ID_NO, matcher.start(), matcher.end()));
            }
        }
    }

    /** Eleven digits: DDMMYY, a three-digit individual number and two mod-11 check digits. */
    private static boolean isNorwegianId(String elevenDigits) {
        int[] digits = digits(elevenDigits);
        if (mod11CheckDigit(digits, NORWEGIAN_K1_WEIGHTS) != digits[9]
                || mod11CheckDigit(digits, NORWEGIAN_K2_WEIGHTS) != digits[10]) {
            return false;
        }
        int day = digits[0] * 10 + digits[1];
        int month = digits[2] * 10 + digits[3];
        int year = digits[4] * 10 + digits[5];
        int individual = digits[6] * 100 + digits[7] * 10 + digits[8];
        if (day > 40) {
            day -= 40; // D-number
        }
        if (month > 40) {
            month -= 40; // H-number
        }
        Integer century = norwegianCentury(year, individual);
        boolean leapYear = century == null ? year % 4 == 0 : isLeapYear(century + year);
        return isDate(month, day, leapYear);
    }

    /** The check digit the weights give, or -1 when the remainder is 1 and no digit can be right. */
    private static int mod11CheckDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digits[i];
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? -1 : check;
    }

    /** The century the individual number places a birth year in, or null for ranges that are not handed out. */
    private static Integer norwegianCentury(int year, int individual) {
        if (individual < 500) {
            return 1900;
        }
        if (individual < 750 && year >= 54) {
            return 1800;
        }
        if (year < 40) {
            return 2000;
        }
        if (individual >= 900) {
            return 1900;
        }
        return null;
    }

    // ---- Swedish personnummer, samordningsnummer

    private static void findSwedishIds(String text, List<PersonalDataFinding> out) {
        Matcher matcher = SWEDISH_ID.matcher(text);
        while (matcher.find()) {
            String century = matcher.group(1);
            if (isSwedishId(century == null ? null : Integer.parseInt(century) * 100,
                    matcher.group(2) + matcher.group(4))) {
                out.add(finding(text, PersonalDataKind.PERSONAL_ID_SE, matcher.start(), matcher.end()));
            }
        }
    }

    /** Ten digits YYMMDDNNNC with a Luhn check digit; a samordningsnummer has 60 added to the day. */
    private static boolean isSwedishId(Integer century, String tenDigits) {
        int[] digits = digits(tenDigits);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int value = digits[i] * (i % 2 == 0 ? 2 : 1);
            sum += value > 9 ? value - 9 : value;
        }
        if (sum % 10 != 0) {
            return false;
        }
        int year = digits[0] * 10 + digits[1];
        int month = digits[2] * 10 + digits[3];
        int day = digits[4] * 10 + digits[5];
        if (day > 60) {
            day -= 60;
        }
        return isDate(month, day, century == null ? year % 4 == 0 : isLeapYear(century + year));
    }

    // ---- phone numbers

    private enum Separator {
        NONE, SPACE, DASH, TRUNK
    }

    /** Digits between separators; a "(0)" trunk prefix is not a group but marks the separator after it. */
    private record DigitGroup(int start, int end, String digits, Separator before, boolean parenthesised) {
    }

    /**
     * Reads the text as runs of digit groups split by a single space, a dash or an international "(0)", each run
     * optionally led by "+" or a parenthesised prefix, then decides which part of each run is a number. Scanned by
     * hand: a regular expression repeating over thousands of groups would exhaust the stack.
     */
    private static void findPhones(String text, List<PersonalDataFinding> out) {
        int runStart = 0;
        while (runStart < text.length()) {
            int firstDigits = phoneRunFirstDigits(text, runStart);
            if (firstDigits < 0) {
                runStart++;
                continue;
            }
            int runEnd = digitsEnd(text, firstDigits);
            for (int next = digitsAfterSeparator(text, runEnd); next >= 0; next = digitsAfterSeparator(text, runEnd)) {
                runEnd = digitsEnd(text, next);
            }
            if (standsAlone(text, runStart, runEnd) && !isMoney(text, runStart, runEnd)) {
                findPhonesInRun(text, runStart, runEnd, out);
            }
            runStart = runEnd;
        }
    }

    /**
     * Where the first digits of a run starting at {@code i} are, past a "+" or a whole "(+47) " or "(08) "
     * prefix; -1 when no run starts there.
     */
    private static int phoneRunFirstDigits(String text, int i) {
        char c = text.charAt(i);
        if (isAsciiDigit(c)) {
            return i;
        }
        if (c == '+') {
            return i + 1 < text.length() && isAsciiDigit(text.charAt(i + 1)) ? i + 1 : -1;
        }
        if (c != '(') {
            return -1;
        }
        int digits = i + 1 < text.length() && text.charAt(i + 1) == '+' ? i + 2 : i + 1;
        int close = digitsEnd(text, digits);
        if (close == digits || close - digits > 4 || close >= text.length() || text.charAt(close) != ')') {
            return -1;
        }
        int next = close + 1 < text.length() && isSpace(text.charAt(close + 1)) ? close + 2 : close + 1;
        return next < text.length() && isAsciiDigit(text.charAt(next)) ? next : -1;
    }

    /** The start of the next digit group when a separator follows {@code end}, or -1 where the run stops. */
    private static int digitsAfterSeparator(String text, int end) {
        int i = end < text.length() && isSpace(text.charAt(end)) ? end + 1 : end;
        if (i < text.length() && isDash(text.charAt(i))) {
            i = i + 1 < text.length() && isSpace(text.charAt(i + 1)) ? i + 2 : i + 1;
        } else if (text.startsWith("(0)", i)) {
            i = i + 3 < text.length() && isSpace(text.charAt(i + 3)) ? i + 4 : i + 3;
        } else if (i == end) {
            return -1;
        }
        return i < text.length() && isAsciiDigit(text.charAt(i)) ? i : -1;
    }

    private static void findPhonesInRun(String text, int runStart, int runEnd, List<PersonalDataFinding> out) {
        List<DigitGroup> groups = digitGroups(text, runStart, runEnd);
        boolean plus = text.charAt(runStart) == '+' || text.startsWith("(+", runStart);
        // Split only where a space separates groups: "2024 22 33 44 55" holds a number, "20050709-1234" does not.
        int first = 0;
        while (first < groups.size()) {
            int last = -1;
            if (first == 0 || groups.get(first).before() == Separator.SPACE) {
                int digits = 0;
                for (int candidate = first; candidate < groups.size(); candidate++) {
                    digits += groups.get(candidate).digits().length();
                    if (digits > MAX_PHONE_DIGITS) {
                        break;
                    }
                    boolean splittable = candidate == groups.size() - 1
                            || groups.get(candidate + 1).before() == Separator.SPACE;
                    if (splittable && isPhoneNumber(groups.subList(first, candidate + 1), first == 0 && plus)) {
                        last = candidate;
                    }
                }
            }
            if (last < 0) {
                first++;
                continue;
            }
            int start = first == 0 ? runStart : groups.get(first).start();
            out.add(finding(text, PersonalDataKind.PHONE, start, groups.get(last).end()));
            first = last + 1;
        }
    }

    /** Not part of a word, a decimal, a date or a time ("16:00", "24.11.2026", "1,5"). */
    private static boolean standsAlone(String text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (isWordCharacter(before)
                    || ".,:".indexOf(before) >= 0 && start >= 2 && Character.isDigit(text.charAt(start - 2))) {
                return false;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            return !isWordCharacter(after) && !(".,:".indexOf(after) >= 0 && end + 1 < text.length()
                    && Character.isDigit(text.charAt(end + 1)));
        }
        return true;
    }

    private static boolean isMoney(String text, int start, int end) {
        return MONEY_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || MONEY_BEFORE.matcher(text).useTransparentBounds(true).region(Math.max(0, start - 8), start).find();
    }

    private static List<DigitGroup> digitGroups(String text, int from, int to) {
        List<DigitGroup> groups = new ArrayList<>();
        Separator separator = Separator.NONE;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c)) {
                if (isSpace(c)) {
                    separator = separator == Separator.NONE ? Separator.SPACE : separator;
                } else if (isDash(c)) {
                    separator = separator == Separator.TRUNK ? separator : Separator.DASH;
                }
                i++;
                continue;
            }
            int end = digitsEnd(text, i);
            boolean parenthesised = end < to && text.charAt(end) == ')';
            if (parenthesised && !groups.isEmpty()) {
                separator = Separator.TRUNK; // "+44 (0)20 …"
            } else {
                groups.add(new DigitGroup(i, end, text.substring(i, end), separator, parenthesised));
                separator = Separator.NONE;
            }
            i = end;
        }
        return groups;
    }

    private static boolean isPhoneNumber(List<DigitGroup> groups, boolean plus) {
        StringBuilder joined = new StringBuilder();
        groups.forEach(group -> joined.append(group.digits()));
        String digits = joined.toString();
        if (plus) {
            return isInternational(digits);
        }
        if (digits.startsWith("00")) {
            // "0046 70 …", "004792345678", but not a personnummer's date "001231-4568"
            int prefix = groups.get(0).digits().length();
            return (groups.size() == 1 || prefix <= 5) && isInternational(digits.substring(2));
        }
        if (groups.stream().skip(1).anyMatch(group -> group.before() == Separator.TRUNK)) {
            return false;
        }
        return digits.charAt(0) == '0' ? isSwedish(groups, digits) : isNorwegian(groups, digits);
    }

    /** E.164: a country code and number, 8 to 15 digits after the "+" or "00". */
    private static boolean isInternational(String digits) {
        return digits.length() >= 8 && digits.length() <= 15 && digits.charAt(0) != '0';
    }

    /** Eight digits from 2 to 9, grouped as Norwegians write them: 12345678, 12 34 56 78, 123 45 678, 1234 5678. */
    private static boolean isNorwegian(List<DigitGroup> groups, String digits) {
        if (digits.length() != 8 || digits.charAt(0) < '2' || groups.get(0).parenthesised()) {
            return false;
        }
        List<Integer> lengths = groups.stream().map(group -> group.digits().length()).toList();
        if (lengths.equals(List.of(8))) {
            return !isCompactDate(digits);
        }
        if (lengths.equals(List.of(4, 4))) {
            // "2023 2024", "2020-2024"
            return !(YEAR.matcher(groups.get(0).digits()).matches() && YEAR.matcher(groups.get(1).digits()).matches());
        }
        return lengths.equals(List.of(2, 2, 2, 2)) || lengths.equals(List.of(3, 2, 3));
    }

    /** DDMMYYYY, as in a file name or a form: a date far more often than a phone number. */
    private static boolean isCompactDate(String eightDigits) {
        int day = Integer.parseInt(eightDigits.substring(0, 2));
        int month = Integer.parseInt(eightDigits.substring(2, 4));
        return day >= 1 && day <= 31 && month >= 1 && month <= 12
                && YEAR.matcher(eightDigits.substring(4)).matches();
    }

    /**
     * A trunk 0, an area code (08, 0xx or 0xxx; 07x for mobiles) and a subscriber number of 5 to 8 digits, 8 to 10
     * digits in all: 08-123 45 67, 070-123 45 67, (031) 12 34 56, 0701234567.
     */
    private static boolean isSwedish(List<DigitGroup> groups, String digits) {
        if (digits.length() < 8 || digits.length() > 10 || digits.charAt(1) == '0') {
            return false;
        }
        boolean mobile = digits.startsWith("07");
        if (mobile && digits.length() != 10) {
            return false;
        }
        if (groups.size() == 1) {
            // Unseparated, eight digits from 0 are as likely a date (01012024) as a number.
            return digits.length() >= 9;
        }
        String area = groups.get(0).digits();
        if (area.length() < 2 || area.length() > 4 || area.length() == 2 && !area.equals("08")) {
            return false;
        }
        String subscriber = digits.substring(area.length());
        if (subscriber.length() < 5 || !mobile && subscriber.charAt(0) == '0') {
            return false;
        }
        return groups.size() == 2 || groups.stream().skip(1).allMatch(group -> group.digits().length() >= 2
                && group.digits().length() <= 4 && !group.parenthesised());
    }

    // ---- links

    private static void findUrls(String text, List<PersonalDataFinding> out) {
        for (Pattern pattern : List.of(SCHEME_URL, WWW_URL, BARE_URL)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                int end = withoutTrailingPunctuation(text, matcher.start(), matcher.end());
                if (pattern != SCHEME_URL || text.indexOf("://", matcher.start()) + 3 < end) {
                    out.add(finding(text, PersonalDataKind.URL, matcher.start(), end));
                }
            }
        }
    }

    /** A link at the end of a sentence or in brackets does not own the full stop or the closing bracket. */
    private static int withoutTrailingPunctuation(String text, int start, int end) {
        long opened = text.substring(start, end).chars().filter(c -> c == '(').count();
        long closed = text.substring(start, end).chars().filter(c -> c == ')').count();
        while (end > start) {
            char last = text.charAt(end - 1);
            if (last == ')' && closed > opened) {
                closed--;
            } else if (".,;:!?'\"»”’*".indexOf(last) < 0) {
                break;
            }
            end--;
        }
        return end;
    }

    // ---- overlaps

    /**
     * Picks findings by precedence, then length, keeping each only if it overlaps nothing already kept. One
     * exception comes first: whatever lies inside a link is part of the link ("finn.no/22334455",
     * "https://x.no/?to=ola@x.no"), because redacting only the inner part would leave the rest of the link.
     */
    private static List<PersonalDataFinding> withoutOverlaps(List<PersonalDataFinding> candidates) {
        // The furthest any link starting at or before a position reaches.
        TreeMap<Integer, Integer> linkReach = new TreeMap<>();
        candidates.stream().filter(c -> c.kind() == PersonalDataKind.URL)
                .sorted(Comparator.comparingInt(PersonalDataFinding::start)).forEach(link -> {
                    Map.Entry<Integer, Integer> before = linkReach.lastEntry();
                    linkReach.put(link.start(), Math.max(link.end(), before == null ? 0 : before.getValue()));
                });
        List<PersonalDataFinding> ranked = new ArrayList<>();
        for (PersonalDataFinding candidate : candidates) {
            Map.Entry<Integer, Integer> link = linkReach.floorEntry(candidate.start());
            if (candidate.kind() == PersonalDataKind.URL || link == null || link.getValue() < candidate.end()) {
                ranked.add(candidate);
            }
        }
        ranked.sort(Comparator.comparingInt((PersonalDataFinding c) -> PRECEDENCE.indexOf(c.kind()))
                .thenComparing(Comparator.comparingInt((PersonalDataFinding c) -> c.end() - c.start()).reversed())
                .thenComparingInt(PersonalDataFinding::start));
        TreeMap<Integer, PersonalDataFinding> kept = new TreeMap<>();
        for (PersonalDataFinding candidate : ranked) {
            Map.Entry<Integer, PersonalDataFinding> before = kept.floorEntry(candidate.start());
            Map.Entry<Integer, PersonalDataFinding> after = kept.ceilingEntry(candidate.start());
            if ((before == null || before.getValue().end() <= candidate.start())
                    && (after == null || after.getKey() >= candidate.end())) {
                kept.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(kept.values());
    }

    // ---- small things

    private static PersonalDataFinding finding(String text, PersonalDataKind kind, int start, int end) {
        return new PersonalDataFinding(kind, start, end, text.substring(start, end));
    }

    private static boolean isDate(int month, int day, boolean leapYear) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int days = switch (month) {
            case 2 -> leapYear ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= days;
    }

    private static boolean isLeapYear(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int[] digits(String digits) {
        return digits.chars().map(c -> c - '0').toArray();
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    private static boolean isDash(char c) {
        return c == '-' || c >= '\u2010' && c <= '\u2013';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
