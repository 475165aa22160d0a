package no.samtale.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a moderator can rely on the detector to flag in an anonymous question, and what it must leave alone. The
 * identity numbers are built here from their published rules, independently of the detector's own arithmetic.
 */
class PersonalDataDetectorTest {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    /** Findings as "KIND:match", the shortest way to state an expectation exactly. */
    private List<String> found(String text) {
        return detector.find(text).stream().map(f -> f.kind() + ":" + f.match()).toList();
    }

    private List<String> foundKinds(String text, PersonalDataKind kind) {
        return detector.find(text).stream().filter(f -> f.kind() == kind).map(PersonalDataFinding::match).toList();
    }

    // ---- identity numbers, built from the rules

    private static final int[] K1_WEIGHTS = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
    private static final int[] K2_WEIGHTS = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

    /** The mod-11 check digit: 11 minus the remainder, 0 for remainder 0, 10 (no digit possible) for remainder 1. */
    private static int mod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return (11 - sum % 11) % 11;
    }

    /** DDMMYY + individual number + both check digits, or null when either check digit would be 10. */
    private static String fodselsnummerOrNull(String ddmmyy, int individual) {
        String nine = ddmmyy + String.format("%03d", individual);
        int k1 = mod11(nine, K1_WEIGHTS);
        if (k1 == 10) {
            return null;
        }
        int k2 = mod11(nine + k1, K2_WEIGHTS);
        return k2 == 10 ? null : nine + k1 + k2;
    }

    /** The first valid number for the date with an individual number in [from, to]. */
    private static String fodselsnummer(String ddmmyy, int from, int to) {
        for (int individual = from; individual <= to; individual++) {
            String number = fodselsnummerOrNull(ddmmyy, individual);
            if (number != null) {
                return number;
            }
        }
        throw new AssertionError("no valid number for " + ddmmyy);
    }

    /** YYMMDDNNN + the Luhn check digit. */
    private static String personnummer(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int value = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += value > 9 ? value - 9 : value;
        }
        return nineDigits + (10 - sum % 10) % 10;
    }

    private static String withDigit(String number, int position, char digit) {
        return number.substring(0, position) + digit + number.substring(position + 1);
    }

    /** Every number that differs from {@code number} in exactly one digit at the given positions. */
    private static List<String> oneDigitOff(String number, int fromPosition, int toPosition) {
        List<String> variants = new ArrayList<>();
        for (int position = fromPosition; position <= toPosition; position++) {
            if (!Character.isDigit(number.charAt(position))) {
                continue;
            }
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != number.charAt(position)) {
                    variants.add(withDigit(number, position, digit));
                }
            }
        }
        return variants;
    }

    @Test
    void theTestsOwnArithmeticAgreesWithKnownNumbers() {
        // Synthetic numbers worked out by hand from the published rules; they belong to nobody.
        assertEquals("15058512343", fodselsnummerOrNull("150585", 123));
        assertEquals("01010750160", fodselsnummerOrNull("010107", 501));
        assertEquals("1212121212", personnummer("121212121"));
        assertEquals("8507099805", personnummer("850709980"));
    }

    @Nested
    class NorwegianNationalIds {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Fødselsnummeret mitt er 15058512343, er det trygt å oppgi det?|15058512343",
                "Fødselsnummer: 150585 12343.|150585 12343",
                "Jag har ett norskt personnummer, 01010750160, gäller det?|01010750160",
                "My Norwegian ID number is 15058512343 if you need it|15058512343" })
        void findsAFodselsnummerInAnySentence(String sentence, String number) {
            assertEquals(List.of("NATIONAL_ID_NO:" + number), found(sentence));
        }

        @Test
        void findsNumbersGeneratedForManyDatesAndCenturies() {
            List<String> numbers = List.of(fodselsnummer("010170", 0, 499), // 1970
                    fodselsnummer("311299", 0, 499), // 1999
                    fodselsnummer("150560", 900, 999), // 1960, individual number 900-999
                    fodselsnummer("010107", 500, 999), // 2007
                    fodselsnummer("300688", 0, 499), // 30 June
                    fodselsnummer("311285", 0, 499)); // 31 December
            for (String number : numbers) {
                assertEquals(List.of("NATIONAL_ID_NO:" + number), found("nr " + number), number);
                String spaced = number.substring(0, 6) + " " + number.substring(6);
                assertEquals(List.of("NATIONAL_ID_NO:" + spaced), found("nr " + spaced), spaced);
            }
        }

        @Test
        void findsADNumberWhoseDayHasFortyAdded() {
            String dNumber = fodselsnummer("551085", 0, 499); // 15 October 1985, D-number
            assertEquals(List.of("NATIONAL_ID_NO:" + dNumber), found("D-nummer " + dNumber));
            assertEquals(List.of("NATIONAL_ID_NO:" + fodselsnummer("710190", 0, 499)), found(
                    "D-nummer " + fodselsnummer("710190", 0, 499)), "day 31 + 40");
        }

        @Test
        void findsAnHNumberWhoseMonthHasFortyAdded() {
            String hNumber = fodselsnummer("154585", 0, 499); // 15 May 1985, H-number
            assertEquals(List.of("NATIONAL_ID_NO:" + hNumber), found("H-nummer " + hNumber));
        }

        @Test
        void everyNumberWithOneDigitWrongIsIgnored() {
            List<String> valid = List.of(fodselsnummer("150585", 0, 499), fodselsnummer("010107", 500, 999),
                    fodselsnummer("551085", 0, 499), "15058512343", "01010750160");
            for (String number : valid) {
                for (String wrong : oneDigitOff(number, 0, 10)) {
                    assertEquals(List.of(), found("Fødselsnummer " + wrong), wrong);
                    String spaced = wrong.substring(0, 6) + " " + wrong.substring(6);
                    assertEquals(List.of(), found("Fødselsnummer " + spaced), spaced);
                }
            }
        }

        @Test
        void aWrongFirstOrSecondCheckDigitIsEnoughToIgnoreIt() {
            String valid = "15058512343";
            assertEquals(List.of(), found(withDigit(valid, 9, '5')));
            assertEquals(List.of(), found(withDigit(valid, 10, '9')));
        }

        @Test
        void aRemainderOfZeroGivesCheckDigitZero() {
            String withZero = null;
            for (int individual = 0; individual < 500 && withZero == null; individual++) {
                String number = fodselsnummerOrNull("150585", individual);
                if (number != null && number.charAt(9) == '0') {
                    withZero = number;
                }
            }
            assertEquals(List.of("NATIONAL_ID_NO:" + withZero), found(withZero));
        }

        @Test
        void aRemainderOfOneMeansNoNumberWithThosePrefixDigitsIsValid() {
            int individual = 0;
            while (mod11("150585" + String.format("%03d", individual), K1_WEIGHTS) != 10) {
                individual++;
            }
            String nine = "150585" + String.format("%03d", individual);
            for (int checkDigits = 0; checkDigits < 100; checkDigits++) {
                String candidate = nine + String.format("%02d", checkDigits);
                assertEquals(List.of(), found(candidate), candidate);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = { "320185", // day 32
                "000185", // day 0
                "311185", // 31 November
                "300285", // 30 February
                "150085", // month 0
                "151385", // month 13
                "721085", // D-number for day 32
                "155385" }) // H-number for month 13
        void aNumberWithImpossibleDateIsIgnoredEvenWithRightCheckDigits(String ddmmyy) {
            String number = fodselsnummer(ddmmyy, 0, 499);
            assertEquals(List.of(), found("nr " + number), number);
        }

        @Test
        void twentyNinthOfFebruaryCountsOnlyInLeapYears() {
            // Individual numbers 000-499 are the 1900s; 500-999 with a year below 40 are the 2000s.
            assertEquals(1, found(fodselsnummer("290284", 0, 499)).size(), "1984");
            assertEquals(0, found(fodselsnummer("290285", 0, 499)).size(), "1985");
            assertEquals(0, found(fodselsnummer("290200", 0, 499)).size(), "1900 was not a leap year");
            assertEquals(1, found(fodselsnummer("290200", 500, 999)).size(), "2000 was");
        }

        @Test
        void moreOrFewerDigitsAreNotAnId() {
            String valid = "15058512343";
            assertEquals(List.of(), foundKinds("1" + valid, PersonalDataKind.NATIONAL_ID_NO));
            assertEquals(List.of(), foundKinds(valid + "1", PersonalDataKind.NATIONAL_ID_NO));
            assertEquals(List.of(), foundKinds("ref" + valid, PersonalDataKind.NATIONAL_ID_NO));
            assertEquals(List.of(), foundKinds("150585 1234 3", PersonalDataKind.NATIONAL_ID_NO));
        }

        @Test
        void anIdIsNeverAlsoAPhoneNumber() {
            assertEquals(List.of("NATIONAL_ID_NO:15058512343"), found("Ring meg eller bruk 15058512343"));
            assertEquals(List.of("NATIONAL_ID_NO:150585 12343"), found("nummer 150585 12343"));
            String leadingZero = fodselsnummer("010170", 0, 499);
            assertEquals(List.of("NATIONAL_ID_NO:" + leadingZero), found("nummer " + leadingZero));
            String spacedLeadingZero = leadingZero.substring(0, 6) + " " + leadingZero.substring(6);
            assertEquals(List.of("NATIONAL_ID_NO:" + spacedLeadingZero), found("nummer " + spacedLeadingZero));
        }
    }

    @Nested
    class SwedishPersonalIds {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Mitt personnummer är 850709-9805, vad händer med det?|850709-9805",
                "Jag fyller hundra snart: 850709+9805|850709+9805",
                "Personnummer 198507099805 står på remissen.|198507099805",
                "Personnummer 19850709-9805.|19850709-9805",
                "Hun har et svensk personnummer 8507099805 og lurer på|8507099805",
                "My Swedish personal number is 121212-1212.|121212-1212",
                "Test 19121212-1212 please|19121212-1212" })
        void findsAPersonnummerInEveryWrittenForm(String sentence, String number) {
            assertEquals(List.of("PERSONAL_ID_SE:" + number), found(sentence));
        }

        @Test
        void findsGeneratedNumbers() {
            for (String nine : List.of("850709980", "900101123", "751231456", "640229789", "991130001")) {
                String number = personnummer(nine);
                String dashed = number.substring(0, 6) + "-" + number.substring(6);
                assertEquals(List.of("PERSONAL_ID_SE:" + dashed), found("pnr " + dashed), dashed);
                assertEquals(List.of("PERSONAL_ID_SE:" + number), found("pnr " + number), number);
                assertEquals(List.of("PERSONAL_ID_SE:19" + dashed), found("pnr 19" + dashed), "19" + dashed);
            }
        }

        @Test
        void findsASamordningsnummerWhoseDayHasSixtyAdded() {
            String number = personnummer("850769123"); // 9 July 1985
            String dashed = number.substring(0, 6) + "-" + number.substring(6);
            assertEquals(List.of("PERSONAL_ID_SE:" + dashed), found("Samordningsnummer " + dashed));
            String lastDay = personnummer("851291123"); // 31 December
            assertEquals(List.of("PERSONAL_ID_SE:" + lastDay), found("Samordningsnummer " + lastDay));
        }

        @Test
        void everyNumberWithOneDigitWrongFailsLuhnAndIsIgnored() {
            for (String nine : List.of("850709980", "121212121", "850769123", "701231456")) {
                String number = personnummer(nine);
                for (String wrong : oneDigitOff(number, 0, 9)) {
                    String dashed = wrong.substring(0, 6) + "-" + wrong.substring(6);
                    assertEquals(List.of(), found("Personnummer " + dashed), dashed);
                    assertEquals(List.of(), found("Personnummer 19" + wrong), "19" + wrong);
                    assertEquals(List.of(), foundKinds("Personnummer " + wrong, PersonalDataKind.PERSONAL_ID_SE),
                            wrong);
                }
            }
        }

        @ParameterizedTest
        @ValueSource(strings = { "851309123", // month 13
                "850009123", // month 0
                "850700123", // day 0
                "850732123", // day 32
                "850431123", // 31 April
                "850792123", // samordningsnummer for day 32
                "850230123" }) // 30 February
        void aNumberWithImpossibleDateIsIgnoredEvenWithValidLuhn(String nine) {
            String number = personnummer(nine);
            String dashed = number.substring(0, 6) + "-" + number.substring(6);
            assertEquals(List.of(), found("pnr " + dashed), dashed);
        }

        @Test
        void withTheCenturyWrittenOutTwentyNinthOfFebruaryMustBeALeapYear() {
            String number = personnummer("000229123");
            String tail = number.substring(6);
            assertEquals(List.of("PERSONAL_ID_SE:20000229-" + tail), found("20000229-" + tail));
            assertEquals(List.of(), found("19000229-" + tail), "1900 was not a leap year");
            // Without the century, 00 may be 2000, so the benefit of the doubt.
            assertEquals(List.of("PERSONAL_ID_SE:000229-" + tail), found("000229-" + tail));
            String notLeap = personnummer("850229123");
            assertEquals(List.of(), found(notLeap.substring(0, 6) + "-" + notLeap.substring(6)));
        }

        @Test
        void otherShapesAreNotAPersonnummer() {
            assertEquals(List.of(), foundKinds("85070998051", PersonalDataKind.PERSONAL_ID_SE));
            assertEquals(List.of(), foundKinds("x8507099805", PersonalDataKind.PERSONAL_ID_SE));
            assertEquals(List.of(), foundKinds("850709 9805", PersonalDataKind.PERSONAL_ID_SE));
            assertEquals(List.of(), foundKinds("39850709-9805", PersonalDataKind.PERSONAL_ID_SE),
                    "no 39th century");
        }

        @Test
        void aPersonnummerIsNeverAlsoAPhoneNumber() {
            assertEquals(List.of("PERSONAL_ID_SE:850709-9805"), found("Ring 850709-9805"));
            String young = personnummer("050709123");
            assertEquals(List.of("PERSONAL_ID_SE:20" + young.substring(0, 6) + "-" + young.substring(6)),
                    found("Ring 20" + young.substring(0, 6) + "-" + young.substring(6)));
        }
    }

    @Nested
    class PhoneNumbers {

        @ParameterizedTest
        @ValueSource(strings = { "22 33 44 55", "923 45 678", "92345678", "9234 5678", "22-33-44-55", "+47 22 33 44 55",
                "+47 923 45 678", "+4792345678", "0047 92 34 56 78", "004792345678", "(+47) 22 33 44 55",
                "+47 800 12 345" })
        void findsNorwegianNumbersAsTheyAreWritten(String number) {
            assertEquals(List.of("PHONE:" + number), found("Ring meg på " + number + " etter jobb."));
        }

        @ParameterizedTest
        @ValueSource(strings = { "070-123 45 67", "070 123 45 67", "0701234567", "073-123 45 67", "08-123 45 67",
                "08-12 34 56", "08 123 456 78", "031-12 34 56", "031-711 00 00", "0480-123 45", "0480-12 34 56",
                "(08) 123 45 67", "+46 70 123 45 67", "+46 (0)70-123 45 67", "+4670 123 45 67", "0046 70 123 45 67",
                "+46 8 123 456 78" })
        void findsSwedishNumbersAsTheyAreWritten(String number) {
            assertEquals(List.of("PHONE:" + number), found("Du kan ringa mig på " + number + " i kväll."));
        }

        @ParameterizedTest
        @ValueSource(strings = { "+44 20 7946 0958", "+44 (0)20 7946 0958", "+1-202-555-0175", "+1 202 555 0175",
                "+358 40 123 4567", "+45 12 34 56 78", "0044 20 7946 0958", "+491711234567" })
        void findsInternationalNumbers(String number) {
            assertEquals(List.of("PHONE:" + number), found("Call me on " + number + ", thanks."));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Kan du ringe meg på 98 76 54 32 etter klokka fire?|98 76 54 32",
                "Ring mig på 070-123 45 67 efter jobbet.|070-123 45 67",
                "You can reach me on +44 20 7946 0958 in the evening.|+44 20 7946 0958",
                "My Norwegian number is 987 65 432.|987 65 432",
                "Mitt norska nummer är +47 98765432.|+47 98765432" })
        void findsPhoneNumbersInEveryLanguage(String sentence, String number) {
            assertEquals(List.of("PHONE:" + number), found(sentence));
        }

        @Test
        void aNumberAtTheEndOfASentenceLeavesTheFullStop() {
            assertEquals(List.of("PHONE:22 33 44 55"), found("Nummeret mitt er 22 33 44 55."));
            assertEquals(List.of("PHONE:22 33 44 55"), found("Ring (22 33 44 55) i kveld"));
        }

        @Test
        void findsSeveralNumbersInOneQuestion() {
            assertEquals(List.of("PHONE:22 33 44 55", "PHONE:99 88 77 66", "PHONE:070-123 45 67"),
                    found("Ring 22 33 44 55 / 99 88 77 66 eller svensk 070-123 45 67"));
            assertEquals(List.of("PHONE:22334455", "PHONE:99887766"), found("22334455/99887766"));
            assertEquals(List.of("PHONE:22334455", "PHONE:99887766"), found("22334455, 99887766"));
        }

        @Test
        void aNumberNextToAnotherFigureIsStillFound() {
            assertEquals(List.of("PHONE:22 33 44 55"), found("I 2024 ring 22 33 44 55 2024"));
        }

        @ParameterizedTest
        @ValueSource(strings = { "Det skjedde i 2024.", "Jeg har vært der i 2023 og 2024.", "Fra 2023 2024 og utover",
                "Mellom 2020-2024 var jeg der", "Det koster 500 kr", "Det kostet 1 500 kr", "Prisen var 25 000 000 kr",
                "Prisen var 45000000 kr", "Det kostet kr 45000000", "Det kostet 45000000,- totalt",
                "Det kostade 45000000 SEK", "It was $45000000", "Det kostet 45000000 NOK", "Kom kl. 16:00",
                "Åpent 16:00-18:00", "Åpent kl 16.00-18.00", "Timen er 24.11.2026", "Timen er 24/11/2026",
                "Timen er 2024-11-24", "Timen er 24-11-2026", "Timen er 24 11 2026", "Filen het 24112026",
                "Pi er 3,14159265", "Andelen er 2,50000000", "Ring 113 eller 1881", "Nødnummer 112", "Koden er 123456",
                "Postnummer 0150 Oslo", "Kontonummer 1234 56 78903", "Org.nr 987 654 321", "12 34 56 78",
                "Nummeret 12345678", "+47 123", "Det var 99 % av 22334455%", "Versjon 22334455.1",
                "Ordrenummer A22334455", "22334455kr" })
        void figuresThatAreNotPhoneNumbersAreLeftAlone(String text) {
            assertEquals(List.of(), foundKinds(text, PersonalDataKind.PHONE), text);
        }

        @Test
        void aNorwegianNumberNeedsEightDigitsFromTwoToNine() {
            assertEquals(List.of(), found("Ring 02 33 44 55"));
            assertEquals(List.of(), found("Ring 12 33 44 55"));
            assertEquals(List.of(), found("Ring 2 33 44 55"));
            assertEquals(List.of(), found("Ring 22 33 44 5"));
        }

        @Test
        void aNumberThatIsOnlyADateIsNotAPhoneNumber() {
            assertEquals(List.of(), found("født 01012024"));
            assertEquals(List.of("PHONE:45012024"), found("ring 45012024"), "day 45 is no date");
        }
    }

    @Nested
    class Emails {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Kan dere svare meg på ola.nordmann@example.no?|ola.nordmann@example.no",
                "Svara gärna till anna.svensson@exempel.se, tack.|anna.svensson@exempel.se",
                "Please reply to john.smith+qa@mail.example.com.|john.smith+qa@mail.example.com",
                "Skriv til Kari_Nordmann85@Hotmail.COM i kveld|Kari_Nordmann85@Hotmail.COM",
                "mailto:post@sub.domain.example.co.uk|post@sub.domain.example.co.uk",
                "<ola@example.no>|ola@example.no",
                "ola-n@blåkors.no|ola-n@blåkors.no" })
        void findsAddressesInEveryLanguage(String sentence, String address) {
            assertEquals(List.of("EMAIL:" + address), found(sentence));
        }

        @ParameterizedTest
        @ValueSource(strings = { "ola (at) example (dot) no", "ola(at)example(dot)no", "ola [at] example.no",
                "ola[at]example[dot]com", "ola {at} example.com", "ola at example dot com", "ola @ example.no",
                "ola (a) example.no", "ola krøllalfa example.no", "ola alfakrøll example punktum no",
                "kari punkt nordmann (at) online punkt no", "anna snabel-a telia.se", "ola.n at firma.se",
                "ola at gmail.com", "ola85 at example.no" })
        void findsAddressesWrittenToFoolRobots(String address) {
            assertEquals(List.of("EMAIL:" + address), found("Kontakt " + address + " i kveld"));
        }

        @Test
        void theWordAtBeforeADomainIsNotAnAddress() {
            assertEquals(List.of("URL:vg.no"), found("Jeg tror at vg.no skrev om det"));
            assertEquals(List.of("URL:nrk.no"), found("I read it at nrk.no yesterday"));
        }

        @Test
        void anAddressDoesNotRunIntoTheNextSentence() {
            assertEquals(List.of("EMAIL:ola@example.no"), found("Skriv til ola@example.no. Takk!"));
            assertEquals(List.of("EMAIL:ola@example.no"), found("ola@example.no dot hei"));
        }

        @ParameterizedTest
        @ValueSource(strings = { "ola@localhost", "a@b", "Hei @ola på Twitter", "ola@example.123", "e-post: @",
                "ola at example dot hei" })
        void incompleteAddressesAreNotFound(String text) {
            assertEquals(List.of(), foundKinds(text, PersonalDataKind.EMAIL), text);
        }
    }

    @Nested
    class Links {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Jeg fant dere på https://www.nrk.no/nyheter?id=3&x=y#topp, stemmer det?|https://www.nrk.no/nyheter?id=3&x=y#topp",
                "Se http://example.com.|http://example.com",
                "Profilen min er www.facebook.com/ola.nordmann.5 så dere vet|www.facebook.com/ola.nordmann.5",
                "Les mer på vg.no.|vg.no",
                "Jag såg det på aftonbladet.se/nyheter/a/123!|aftonbladet.se/nyheter/a/123",
                "Check out bar.com|bar.com",
                "See bbc.co.uk/news today|bbc.co.uk/news",
                "Siden heter blåkors.no|blåkors.no",
                "Adressen var abcdefghijklmnop.onion|abcdefghijklmnop.onion",
                "Server på example.no:8080/sti|example.no:8080/sti",
                "FINN.NO hadde annonsen|FINN.NO" })
        void findsLinksWithAndWithoutScheme(String sentence, String link) {
            assertEquals(List.of("URL:" + link), found(sentence));
        }

        @Test
        void aLinkInBracketsLeavesTheClosingBracket() {
            assertEquals(List.of("URL:https://x.no/a"), found("(se https://x.no/a)"));
            assertEquals(List.of("URL:https://en.wikipedia.org/wiki/Foo_(bar)"),
                    found("(see https://en.wikipedia.org/wiki/Foo_(bar))"));
            assertEquals(List.of("URL:https://x.no/a"), found("«https://x.no/a»"));
        }

        @ParameterizedTest
        @ValueSource(strings = { "f.eks. i går", "Vi møtes kl. 16.00", "bl.a. dette", "t.ex. detta", "e.g. this",
                "i.e. that", "osv.", "ca. 500 kr", "Se vedlagt rapport.pdf", "Versjon 1.2.3", "Node.js",
                "Jeg ville se.Det var", "m.m.", "https://", "www." })
        void abbreviationsFiguresAndFileNamesAreNotLinks(String text) {
            assertEquals(List.of(), foundKinds(text, PersonalDataKind.URL), text);
        }
    }

    @Nested
    class Overlaps {

        @Test
        void anAddressIsOneEmailFindingNotAlsoALink() {
            assertEquals(List.of("EMAIL:ola@example.no"), found("ola@example.no"));
            assertEquals(List.of("EMAIL:ola@www.example.no"), found("ola@www.example.no"));
            assertEquals(List.of("EMAIL:ola.no@gmail.com"), found("ola.no@gmail.com"));
            assertEquals(List.of("EMAIL:ola [at] vg.no"), found("ola [at] vg.no"));
        }

        @Test
        void whateverIsInsideALinkIsPartOfTheLink() {
            assertEquals(List.of("URL:finn.no/22334455"), found("finn.no/22334455"));
            assertEquals(List.of("URL:https://x.no/?to=ola@x.no"), found("https://x.no/?to=ola@x.no"));
            assertEquals(List.of("URL:https://x.no/profil/15058512343"), found("https://x.no/profil/15058512343"));
        }

        @Test
        void anIdOutranksAPhoneNumberItOverlaps() {
            // "+46 850709-9805" reads as an international number too; the checked id is the likelier reading.
            assertEquals(List.of("PERSONAL_ID_SE:850709-9805"), found("+46 850709-9805"));
            assertEquals(List.of("NATIONAL_ID_NO:15058512343"), found("0047 15058512343"));
        }

        @Test
        void aNumberInsideAnAddressIsPartOfTheAddress() {
            assertEquals(List.of("EMAIL:22334455@sms.example.no"), found("22334455@sms.example.no"));
        }

        @Test
        void findingsAreSortedAndNeverOverlap() {
            String text = "Mail ola@vg.no, ring +47 22 33 44 55 eller 070-123 45 67, fnr 15058512343, pnr 850709-9805,"
                    + " se www.vg.no/a og https://x.se/?a=b.";
            List<PersonalDataFinding> findings = detector.find(text);
            assertEquals(List.of("EMAIL:ola@vg.no", "PHONE:+47 22 33 44 55", "PHONE:070-123 45 67",
                    "NATIONAL_ID_NO:15058512343", "PERSONAL_ID_SE:850709-9805", "URL:www.vg.no/a",
                    "URL:https://x.se/?a=b"), found(text));
            for (int i = 1; i < findings.size(); i++) {
                assertTrue(findings.get(i - 1).end() <= findings.get(i).start(), findings.get(i).toString());
            }
        }
    }

    @Nested
    class Offsets {

        @Test
        void spansPointExactlyAtTheMatch() {
            String text = "Ring 22 33 44 55 nå";
            PersonalDataFinding phone = detector.find(text).get(0);
            assertEquals(new PersonalDataFinding(PersonalDataKind.PHONE, 5, 16, "22 33 44 55"), phone);
        }

        @Test
        void spansCountCharactersOfTheOriginalTextIncludingAccentsAndEmoji() {
            String text = "Blåbærsyltetøy 😀🙈 — skriv til ørjan@æøå.no\u00A0eller\tring\n+46 70 123 45 67!";
            List<PersonalDataFinding> findings = detector.find(text);
            assertEquals(List.of("EMAIL:ørjan@æøå.no", "PHONE:+46 70 123 45 67"), found(text));
            for (PersonalDataFinding finding : findings) {
                assertEquals(finding.match(), text.substring(finding.start(), finding.end()));
            }
            assertEquals(text.indexOf("ørjan"), findings.get(0).start());
            assertEquals(text.indexOf("+46"), findings.get(1).start());
            assertEquals(text.length() - 1, findings.get(1).end());
        }

        @Test
        void findingsAtTheVeryStartAndEndOfTheText() {
            assertEquals(List.of(new PersonalDataFinding(PersonalDataKind.PHONE, 0, 8, "22334455"),
                    new PersonalDataFinding(PersonalDataKind.URL, 9, 14, "vg.no")), detector.find("22334455 vg.no"));
        }

        @Test
        void aFindingCannotBeMadeWithASpanThatDoesNotFitItsMatch() {
            assertThrows(IllegalArgumentException.class,
                    () -> new PersonalDataFinding(PersonalDataKind.URL, 3, 5, "vg.no"));
            assertThrows(IllegalArgumentException.class,
                    () -> new PersonalDataFinding(PersonalDataKind.URL, -1, 4, "vg.no"));
        }

        @Test
        void aFindingDoesNotPrintThePersonalDataItHolds() {
            PersonalDataFinding finding = detector.find("ring 22334455").get(0);
            assertFalse(finding.toString().contains("22334455"), finding.toString());
        }
    }

    @Nested
    class Redaction {

        @Test
        void replacesEveryFindingAndKeepsTheRest() {
            String text = "Ring 22 33 44 55 eller skriv til ola@example.no. Mvh";
            assertEquals("Ring [fjernet] eller skriv til [fjernet]. Mvh",
                    detector.redact(text, detector.find(text), "[fjernet]"));
        }

        @Test
        void redactsOnlyTheFindingsGiven() {
            String text = "Ring 22 33 44 55 eller skriv til ola@example.no";
            List<PersonalDataFinding> phones = detector.find(text).stream()
                    .filter(f -> f.kind() == PersonalDataKind.PHONE).toList();
            assertEquals("Ring *** eller skriv til ola@example.no", detector.redact(text, phones, "***"));
        }

        @Test
        void findingsInAnyOrderAndOverlappingOnesAreReplacedOnce() {
            String text = "a 22334455 b vg.no c";
            List<PersonalDataFinding> findings = new ArrayList<>(detector.find(text));
            Collections.reverse(findings);
            findings.add(new PersonalDataFinding(PersonalDataKind.PHONE, 4, 12, "334455 b"));
            assertEquals("a [x] [x] c", detector.redact(text, findings, "[x]"));
        }

        @Test
        void nothingToRedactLeavesTheTextAsItIs() {
            assertEquals("Hei", detector.redact("Hei", List.of(), "[fjernet]"));
            assertEquals("Hei", detector.redact("Hei", null, "[fjernet]"));
            assertNull(detector.redact(null, List.of(), "[fjernet]"));
            assertEquals("", detector.redact("", detector.find(""), "[fjernet]"));
        }

        @Test
        void anEmptyReplacementCutsTheSpans() {
            String text = "tlf 22334455.";
            assertEquals("tlf .", detector.redact(text, detector.find(text), ""));
        }

        @Test
        void findingsFromAnotherTextAreRefusedWithoutRepeatingTheData() {
            List<PersonalDataFinding> findings = detector.find("ring 22334455");
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> detector.redact("ring 99887766", findings, "[fjernet]"));
            assertFalse(refused.getMessage().contains("22334455"), refused.getMessage());
            assertThrows(IllegalArgumentException.class, () -> detector.redact("ring", findings, "[fjernet]"));
        }

        @Test
        void aReplacementIsRequired() {
            assertThrows(NullPointerException.class, () -> detector.redact("ring 22334455",
                    detector.find("ring 22334455"), null));
        }
    }

    @Nested
    class Robustness {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = { " ", "\n\t", "Hei! Jeg lurer på om jeg bør teste meg etter at kondomet røk.",
                "Hej, hur länge dröjer det innan ett test visar något?",
                "How long after exposure should I wait before testing?" })
        void textWithoutPersonalDataHasNoFindings(String text) {
            assertEquals(List.of(), detector.find(text));
        }

        @Test
        void kindsHaveTheirContractNamesInJson() throws Exception {
            ObjectMapper json = new ObjectMapper();
            assertEquals("[\"email\",\"phone\",\"national-id-no\",\"personal-id-se\",\"url\"]",
                    json.writeValueAsString(PersonalDataKind.values()));
            assertEquals(PersonalDataKind.NATIONAL_ID_NO, json.readValue("\"national-id-no\"", PersonalDataKind.class));
            assertEquals("{\"kind\":\"phone\",\"start\":5,\"end\":13,\"match\":\"22334455\"}",
                    json.writeValueAsString(detector.find("ring 22334455").get(0)));
        }

        @Test
        void longAndHostileTextIsHandledQuickly() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 2_000; i++) {
                text.append("Hei ola").append(i).append("@example.no ring 22 33 44 ").append(10 + i % 90)
                        .append(" a punkt b punkt c (at) ");
            }
            text.append("x".repeat(50_000)).append(" ").append("a.".repeat(20_000)).append(" ")
                    .append("1 ".repeat(20_000)).append("ola punkt ".repeat(5_000));
            List<PersonalDataFinding> findings = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> detector.find(text.toString()));
            assertEquals(2_000, findings.stream().filter(f -> f.kind() == PersonalDataKind.EMAIL).count());
            assertEquals(2_000, findings.stream().filter(f -> f.kind() == PersonalDataKind.PHONE).count());
        }

        @Test
        void oneDetectorServesManyThreadsAtOnce() throws Exception {
            List<String> texts = List.of("Ring 22 33 44 55 eller ola@example.no",
                    "Personnummer 850709-9805 och 070-123 45 67", "fnr 15058512343, se https://x.no/a",
                    "Nothing to see here");
            List<List<PersonalDataFinding>> expected = texts.stream().map(detector::find).toList();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Boolean>> tasks = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    int which = i % texts.size();
                    tasks.add(() -> detector.find(texts.get(which)).equals(expected.get(which)));
                }
                for (Future<Boolean> result : pool.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
                    assertTrue(result.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
