package dev.kiji.link.kb;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.util.List;
import java.util.Map;

/** Maps Wikidata "instance of" (P31) classes to a kiji type and subtype. */
final class WikidataTypes {
    /** A kiji type with an optional organization subtype. */
    record KijiType(EntityType type, Subtype subtype) {
    }

    private static final KijiType PERSON = new KijiType(EntityType.PERSON, null);
    private static final KijiType LOCATION = new KijiType(EntityType.LOCATION, null);
    private static final KijiType COMPANY = new KijiType(EntityType.ORGANIZATION, Subtype.COMPANY);
    private static final KijiType POLITICAL = new KijiType(EntityType.ORGANIZATION, Subtype.POLITICAL);
    private static final KijiType ORG_OTHER = new KijiType(EntityType.ORGANIZATION, Subtype.OTHER);
    private static final KijiType FACILITY = new KijiType(EntityType.FACILITY, null);
    private static final KijiType EVENT = new KijiType(EntityType.EVENT, null);
    private static final KijiType PRODUCT = new KijiType(EntityType.PRODUCT, null);

    private static final Map<String, KijiType> BY_CLASS = Map.ofEntries(
            Map.entry("Q5", PERSON),
            Map.entry("Q6256", LOCATION), Map.entry("Q3624078", LOCATION), Map.entry("Q515", LOCATION),
            Map.entry("Q1549591", LOCATION), Map.entry("Q5119", LOCATION), Map.entry("Q486972", LOCATION),
            Map.entry("Q1637706", LOCATION), Map.entry("Q50337", LOCATION), Map.entry("Q35657", LOCATION),
            Map.entry("Q82794", LOCATION), Map.entry("Q23442", LOCATION), Map.entry("Q8502", LOCATION),
            Map.entry("Q4022", LOCATION), Map.entry("Q165", LOCATION),
            Map.entry("Q4830453", COMPANY), Map.entry("Q783794", COMPANY), Map.entry("Q891723", COMPANY),
            Map.entry("Q6881511", COMPANY), Map.entry("Q167037", COMPANY),
            Map.entry("Q7278", POLITICAL), Map.entry("Q327333", POLITICAL), Map.entry("Q484652", POLITICAL),
            Map.entry("Q192350", POLITICAL), Map.entry("Q2659904", POLITICAL), Map.entry("Q7188", POLITICAL),
            Map.entry("Q245065", POLITICAL), Map.entry("Q1127126", POLITICAL),
            Map.entry("Q43229", ORG_OTHER), Map.entry("Q3918", ORG_OTHER), Map.entry("Q847017", ORG_OTHER),
            Map.entry("Q476028", ORG_OTHER), Map.entry("Q4671277", ORG_OTHER),
            Map.entry("Q41176", FACILITY), Map.entry("Q1248784", FACILITY), Map.entry("Q12280", FACILITY),
            Map.entry("Q483110", FACILITY),
            Map.entry("Q1656682", EVENT), Map.entry("Q198", EVENT), Map.entry("Q178561", EVENT),
            Map.entry("Q40231", EVENT), Map.entry("Q5389", EVENT),
            Map.entry("Q7397", PRODUCT), Map.entry("Q431289", PRODUCT), Map.entry("Q2424752", PRODUCT));

    private WikidataTypes() {
    }

    /** The type of the first P31 class that maps, or {@code null} when none does. */
    static KijiType of(List<String> instanceOf) {
        for (String q : instanceOf) {
            KijiType t = BY_CLASS.get(q);
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
