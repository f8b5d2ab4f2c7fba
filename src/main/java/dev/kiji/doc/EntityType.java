package dev.kiji.doc;

/** The kinds of mention kiji emits. Names are part of the JSON contract: never rename. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    FACILITY,
    PRODUCT,
    EVENT,
    DATE,
    TIME,
    MONEY,
    PERCENT,
    QUANTITY;

    /** True for value types (dates, amounts) that carry a normalized value and are not linked. */
    public boolean isValue() {
        return ordinal() >= DATE.ordinal();
    }
}
