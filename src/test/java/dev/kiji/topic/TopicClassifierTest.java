package dev.kiji.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.doc.Topic;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TopicClassifierTest {
    private static final TopicClassifier CLASSIFIER = new TopicClassifier();

    static Stream<Arguments> japanese() {
        return Stream.of(
                Arguments.of(MediaTopic.POLITICS, "衆議院の総選挙で与党が過半数を維持し、首相は新内閣の閣僚人事に着手した。野党は政策論争が不十分だと批判している。"),
                Arguments.of(MediaTopic.SPORT, "サッカー日本代表は親善試合で2対1と逆転勝利し、監督は若手選手の活躍を評価した。"),
                Arguments.of(MediaTopic.ARTS, "人気女優が主演する新作映画が来月全国で公開され、監督は撮影の舞台裏を語った。"),
                Arguments.of(MediaTopic.SCIENCE, "新型スマートフォンは大容量バッテリーと高解像度ディスプレイを搭載し、最新のアプリにも対応する。"),
                Arguments.of(MediaTopic.ECONOMY, "円安の進行で輸出企業の業績が改善し、日経平均株価は3日続伸した。日銀は金利を据え置いた。"),
                Arguments.of(MediaTopic.CRIME, "警視庁は詐欺の疑いで男を逮捕した。男は容疑を否認しているという。"),
                Arguments.of(MediaTopic.DISASTER, "震度6強の地震で住宅が倒壊し、消防が負傷者の救助にあたっている。住民は避難所に身を寄せた。"),
                Arguments.of(MediaTopic.HEALTH, "新しいワクチンの臨床試験で重い症状を防ぐ効果が確認され、医師は高齢の患者への接種を勧めている。"),
                Arguments.of(MediaTopic.WEATHER, "気象庁によると、あすは全国的に気温が上がり、各地で真夏日になる見込みだ。午後は雷の予報もある。"),
                Arguments.of(MediaTopic.CONFLICT, "停戦合意が崩れ、武装勢力がミサイルで国境の町を攻撃した。兵士の犠牲も出ている。"),
                Arguments.of(MediaTopic.LIFESTYLE, "休日はお気に入りのカフェでスイーツを楽しみ、夜は友達と人気のレストランで食事するのが彼女の定番だ。"),
                Arguments.of(MediaTopic.EDUCATION, "文部科学省は小学校の英語の授業を拡充する方針で、教員の研修も強化する。"),
                Arguments.of(MediaTopic.ENVIRONMENT, "温室効果ガスの排出削減に向け、再生可能エネルギーの導入目標が引き上げられた。"),
                Arguments.of(MediaTopic.RELIGION, "ローマ教皇がバチカンで礼拝を行い、世界中の信者が祈りをささげた。"),
                Arguments.of(MediaTopic.LABOUR, "春闘で大手の賃上げが相次ぎ、労働組合は非正規社員の待遇改善も求めている。"));
    }

    static Stream<Arguments> english() {
        return Stream.of(
                Arguments.of(MediaTopic.POLITICS, "The prime minister called a snap election after parliament rejected the budget, and opposition lawmakers demanded a vote."),
                Arguments.of(MediaTopic.SPORT, "The striker scored twice as the team won the league championship in front of a packed stadium."),
                Arguments.of(MediaTopic.ARTS, "The actress stars in a new film that opened at the box office this weekend, and the director praised the cast."),
                Arguments.of(MediaTopic.SCIENCE, "The company unveiled a smartphone with a faster processor and new artificial intelligence software."),
                Arguments.of(MediaTopic.ECONOMY, "Shares fell on Wall Street as investors worried that the central bank would raise interest rates to fight inflation."),
                Arguments.of(MediaTopic.CRIME, "Police arrested a suspect in the robbery, and prosecutors said he would face charges in court."),
                Arguments.of(MediaTopic.DISASTER, "A powerful earthquake triggered a tsunami warning, and rescuers searched collapsed buildings for survivors."),
                Arguments.of(MediaTopic.HEALTH, "Doctors said the new vaccine reduced hospital admissions among patients during the winter."),
                Arguments.of(MediaTopic.WEATHER, "Forecasters expect heavy rain and strong wind as the storm approaches, with temperatures dropping sharply."),
                Arguments.of(MediaTopic.CONFLICT, "Troops advanced after an airstrike hit rebel positions, and the army said the ceasefire had collapsed."),
                Arguments.of(MediaTopic.LIFESTYLE, "Her favourite weekend ritual is a long brunch at a cafe, followed by shopping for fashion and a yoga class."));
    }

    @ParameterizedTest(name = "ja {0}")
    @MethodSource("japanese")
    void japanesePrimary(MediaTopic expected, String text) {
        List<Topic> topics = CLASSIFIER.classify(KuromojiTestTokens.japanese("t", text));
        assertFalse(topics.isEmpty(), text);
        assertEquals(expected.code(), topics.get(0).code(), () -> text + " -> " + topics);
        assertWellFormed(topics);
        for (String e : topics.get(0).evidence()) {
            assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains(e), () -> "evidence " + e + " not in " + text);
        }
    }

    @ParameterizedTest(name = "en {0}")
    @MethodSource("english")
    void englishPrimary(MediaTopic expected, String text) {
        List<Topic> topics = CLASSIFIER.classify(EnglishTestTokens.plain(text));
        assertFalse(topics.isEmpty(), text);
        assertEquals(expected.code(), topics.get(0).code(), () -> text + " -> " + topics);
        assertWellFormed(topics);
    }

    @Test
    void diplomaticTalksOnUkraineArePoliticsAndConflictInJapanese() {
        String text = "米国とロシアの外相が会談し、ウクライナ情勢を協議した。米国務長官はロシア軍の部隊撤退を求め、"
                + "NATOの東方拡大をめぐる対立も続いている。欧米は侵攻があれば経済制裁を科すと警告した。";
        assertPoliticsAndConflict(CLASSIFIER.classify(KuromojiTestTokens.japanese("ua", text)));
    }

    @Test
    void diplomaticTalksOnUkraineArePoliticsAndConflictInEnglish() {
        String text = "The US and Russian foreign ministers held talks in Geneva on the crisis over Ukraine. "
                + "The secretary of state warned that sanctions would follow any invasion, while Moscow demanded "
                + "guarantees that NATO would not expand and that troops would be pulled back.";
        assertPoliticsAndConflict(CLASSIFIER.classify(EnglishTestTokens.plain(text)));
    }

    private static void assertPoliticsAndConflict(List<Topic> topics) {
        List<String> codes = topics.stream().map(Topic::code).toList();
        assertTrue(codes.contains(MediaTopic.POLITICS.code()), codes::toString);
        assertTrue(codes.contains(MediaTopic.CONFLICT.code()), codes::toString);
        assertTrue(Set.of(MediaTopic.POLITICS.code(), MediaTopic.CONFLICT.code()).contains(codes.get(0)),
                codes::toString);
        assertWellFormed(topics);
    }

    @Test
    void evidenceListsTheMatchedTermsAndCompounds() {
        Topic t = CLASSIFIER.classify(KuromojiTestTokens.japanese("s",
                "両国は安全保障をめぐり首脳会談を開いた。")).get(0);
        assertEquals(MediaTopic.POLITICS.code(), t.code());
        assertTrue(t.evidence().contains("首脳会談"), t.evidence()::toString);
        assertTrue(t.evidence().contains("安全保障"), t.evidence()::toString);
        assertFalse(t.evidence().contains("保障"), "a compound is matched whole");
    }

    @Test
    void entityMentionsAddTypedEvidence() {
        String text = "The Green Party said it would back the plan.";
        Mention party = Mention.of(new CharSpan(4, 15), text, EntityType.ORGANIZATION, Subtype.POLITICAL, null);
        List<Topic> without = CLASSIFIER.classify(EnglishTestTokens.plain(text));
        List<Topic> with = CLASSIFIER.classify(EnglishTestTokens.plain(text, List.of(party)));
        assertEquals(MediaTopic.POLITICS.code(), with.get(0).code());
        assertTrue(with.get(0).evidence().contains("Green Party (ORGANIZATION)"), with.get(0).evidence()::toString);
        double before = without.stream().filter(x -> x.code().equals(MediaTopic.POLITICS.code()))
                .mapToDouble(Topic::score).findFirst().orElse(0);
        assertTrue(with.get(0).score() > before);
    }

    @Test
    void textWithoutCuesHasNoTopic() {
        assertTrue(CLASSIFIER.classify(KuromojiTestTokens.japanese("n", "それはこれです。")).isEmpty());
    }

    @Test
    void stageContractAndDeterminism() {
        assertEquals("topics", CLASSIFIER.name());
        assertEquals(Set.of(Layer.TOKENS, Layer.MENTIONS), CLASSIFIER.requires());
        assertEquals(Set.of(Layer.TOPICS), CLASSIFIER.produces());
        Document d = KuromojiTestTokens.japanese("d", "映画祭で主演女優賞を受けた俳優が、次回作で監督にも挑戦する。");
        Document a = CLASSIFIER.process(d);
        assertEquals(a.topics(), new TopicClassifier().process(d).topics());
        assertTrue(a.layers().contains(Layer.TOPICS));
    }

    static void assertWellFormed(List<Topic> topics) {
        assertEquals(1, topics.stream().filter(Topic::primary).count(), topics::toString);
        assertTrue(topics.get(0).primary());
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            assertTrue(t.score() >= 0 && t.score() <= 1, t::toString);
            assertFalse(t.evidence().isEmpty(), t::toString);
            assertEquals(MediaTopic.ofCode(t.code()).labelJa(), t.labelJa());
            if (i > 0) {
                assertTrue(topics.get(i - 1).score() >= t.score(), topics::toString);
            }
        }
    }
}
