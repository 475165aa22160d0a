package no.samtale.common;

/** An enum constant's name on the wire and in the database, e.g. {@code no-show}. */
public interface WireValue {

    String wire();
}
