package dev.kiji.lang.ja;

import dev.kiji.doc.Subtype;
import java.util.List;

/** Organisation subtype from the words an organisation name is built with (…省 → POLITICAL, …銀行 → COMPANY). */
final class OrgSubtypes {
    private static final List<String> COMPANY_INFIXES = List.of("株式会社", "有限会社", "合同会社", "ホールディングス");
    private static final List<String> COMPANY_SUFFIXES = List.of("社", "銀行", "工業", "自動車", "製作所", "電機", "電気",
            "商事", "物産", "証券", "保険", "生命", "航空", "鉄道", "製薬", "建設", "不動産", "重工", "化学", "製鉄", "グループ",
            "Inc", "Corp", "Co", "Ltd", "Company", "Corporation", "Group", "Bank", "Holdings", "LLC", "PLC", "AG", "GmbH");
    private static final List<String> POLITICAL_INFIXES = List.of("国連", "政府", "議会", "委員会", "内閣");
    private static final List<String> POLITICAL_SUFFIXES = List.of("省", "庁", "党", "国会", "議院", "連合", "機構", "同盟",
            "軍", "局", "裁判所", "警察", "府", "Ministry", "Party", "Parliament", "Congress", "Government", "Council",
            "Commission", "Agency");

    private OrgSubtypes() {
    }

    /** Subtype of an organisation whose NFKC-folded name is {@code name}. */
    static Subtype of(String name) {
        String trimmed = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (COMPANY_INFIXES.stream().anyMatch(trimmed::contains)) {
            return Subtype.COMPANY;
        }
        if (POLITICAL_INFIXES.stream().anyMatch(trimmed::contains) || endsWithWord(trimmed, POLITICAL_SUFFIXES)) {
            return Subtype.POLITICAL;
        }
        if (endsWithWord(trimmed, COMPANY_SUFFIXES)) {
            return Subtype.COMPANY;
        }
        return Subtype.OTHER;
    }

    /** Ends with one of {@code suffixes}; a Latin suffix must be a whole word (Bank, not Sandbank). */
    private static boolean endsWithWord(String name, List<String> suffixes) {
        for (String s : suffixes) {
            if (!name.endsWith(s)) {
                continue;
            }
            boolean latin = JaToken.isAsciiLetter(s.charAt(0));
            int before = name.length() - s.length() - 1;
            if (!latin || before < 0 || !JaToken.isAsciiLetter(name.charAt(before))) {
                return true;
            }
        }
        return false;
    }
}
