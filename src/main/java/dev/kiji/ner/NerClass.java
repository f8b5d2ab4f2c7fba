package dev.kiji.ner;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;

/** The eight Stockmark NER classes and their kiji type/subtype. */
public enum NerClass {
    PERSON("人名", EntityType.PERSON, null),
    COMPANY("法人名", EntityType.ORGANIZATION, Subtype.COMPANY),
    POLITICAL("政治的組織名", EntityType.ORGANIZATION, Subtype.POLITICAL),
    ORG_OTHER("その他の組織名", EntityType.ORGANIZATION, Subtype.OTHER),
    LOCATION("地名", EntityType.LOCATION, null),
    FACILITY("施設名", EntityType.FACILITY, null),
    PRODUCT("製品名", EntityType.PRODUCT, null),
    EVENT("イベント名", EntityType.EVENT, null);

    private final String stockmarkName;
    private final EntityType type;
    private final Subtype subtype;

    NerClass(String stockmarkName, EntityType type, Subtype subtype) {
        this.stockmarkName = stockmarkName;
        this.type = type;
        this.subtype = subtype;
    }

    public String stockmarkName() { return stockmarkName; }
    public EntityType type() { return type; }
    public Subtype subtype() { return subtype; }

    /** Display key such as {@code ORGANIZATION/COMPANY} or {@code PERSON}. */
    public String key() {
        return subtype == null ? type.name() : type.name() + "/" + subtype.name();
    }

    public static NerClass ofStockmark(String name) {
        for (NerClass c : values()) {
            if (c.stockmarkName.equals(name)) return c;
        }
        throw new IllegalArgumentException("unknown Stockmark type " + name);
    }

    /** The class for a kiji type and subtype, or {@code null} for types NER does not produce. */
    public static NerClass of(EntityType type, Subtype subtype) {
        for (NerClass c : values()) {
            if (c.type == type && (c.subtype == subtype || (type == EntityType.ORGANIZATION && subtype == null
                    && c == ORG_OTHER))) {
                return c;
            }
        }
        return null;
    }
}
