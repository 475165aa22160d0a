package no.samtale.common;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;

/** Stores an enum by its wire value, so the database holds the same words as the API and its CHECK constraints. */
public abstract class WireValueConverter<E extends Enum<E> & WireValue> implements AttributeConverter<E, String> {

    private final Map<String, E> byWire;

    protected WireValueConverter(Class<E> type) {
        this.byWire = Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(WireValue::wire, Function.identity()));
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.wire();
    }

    @Override
    public E convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        E value = byWire.get(column);
        if (value == null) {
            throw new IllegalArgumentException("Unknown value in the database: " + column);
        }
        return value;
    }
}
