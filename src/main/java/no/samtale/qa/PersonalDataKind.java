package no.samtale.qa;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of personal data a {@link PersonalDataFinding} is, named on the wire as the console shows it. */
public enum PersonalDataKind {
    @JsonProperty("email")
    EMAIL,
    @JsonProperty("phone")
    PHONE,
    /** Norwegian fødselsnummer, D-number or H-number. */
    @JsonProperty("national-id-no")
    NATIONAL_ID_NO,
    /** Swedish personnummer or samordningsnummer. */
    @JsonProperty("personal-id-se")
    PERSONAL_ID_SE,
    @JsonProperty("url")
    URL
}
