package dev.kiji.topic;

import java.util.Locale;

/** The 17 top-level IPTC Media Topics, with their English and Japanese labels. */
public enum MediaTopic {
    ARTS("medtop:01000000", "arts, culture, entertainment and media", "芸術・文化・エンターテインメント・メディア"),
    CRIME("medtop:02000000", "crime, law and justice", "犯罪・法律・司法"),
    DISASTER("medtop:03000000", "disaster, accident and emergency incident", "災害・事故・緊急事態"),
    ECONOMY("medtop:04000000", "economy, business and finance", "経済・ビジネス・金融"),
    EDUCATION("medtop:05000000", "education", "教育"),
    ENVIRONMENT("medtop:06000000", "environment", "環境"),
    HEALTH("medtop:07000000", "health", "健康"),
    HUMAN_INTEREST("medtop:08000000", "human interest", "ヒューマンインタレスト"),
    LABOUR("medtop:09000000", "labour", "労働"),
    LIFESTYLE("medtop:10000000", "lifestyle and leisure", "ライフスタイル・余暇"),
    POLITICS("medtop:11000000", "politics", "政治"),
    RELIGION("medtop:12000000", "religion", "宗教"),
    SCIENCE("medtop:13000000", "science and technology", "科学・技術"),
    SOCIETY("medtop:14000000", "society", "社会"),
    SPORT("medtop:15000000", "sport", "スポーツ"),
    CONFLICT("medtop:16000000", "conflict, war and peace", "紛争・戦争・平和"),
    WEATHER("medtop:17000000", "weather", "天気");

    private final String code;
    private final String label;
    private final String labelJa;

    MediaTopic(String code, String label, String labelJa) {
        this.code = code;
        this.label = label;
        this.labelJa = labelJa;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String labelJa() {
        return labelJa;
    }

    /**
     * The topic for a code: {@code medtop:11000000}, {@code 11000000} or the short number {@code 11}.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public static MediaTopic ofCode(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT);
        if (c.startsWith("medtop:")) {
            c = c.substring("medtop:".length());
        }
        for (MediaTopic t : values()) {
            String digits = t.code.substring("medtop:".length());
            if (digits.equals(c) || Integer.toString(t.ordinal() + 1).equals(c)
                    || String.format(Locale.ROOT, "%02d", t.ordinal() + 1).equals(c)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown IPTC media topic: " + code);
    }
}
