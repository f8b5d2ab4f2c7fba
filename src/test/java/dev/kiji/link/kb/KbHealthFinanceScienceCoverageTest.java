package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The health, finance and science file: drugs, vaccines, makers, health agencies, hospitals and programmes; exchanges,
 * market segments, indices, rates, central banks and their reports, banks, insurers, funds, brokerages and regulators;
 * space agencies, rockets, spacecraft, observatories, launch sites, laboratories, journals and prizes. Each Japanese and
 * English name resolves to one and the same entry, and the file carries no guessed QID.
 */
class KbHealthFinanceScienceCoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "アリセプト; Aricept", "エビリファイ; Abilify", "ダイチロナ; Daichirona", "ロキソニン; Loxonin",
        "インド血清研究所; Serum Institute of India", "大塚製薬; Otsuka Pharmaceutical",
        "欧州疾病予防管理センター; ECDC", "英医薬品・医療製品規制庁; MHRA", "国民保健サービス; NHS",
        "パスツール研究所; Institut Pasteur", "放射線影響研究所; Radiation Effects Research Foundation",
        "国際獣疫事務局; World Organisation for Animal Health", "協会けんぽ; Japan Health Insurance Association",
        "ジェメリ病院; Gemelli Hospital", "米大統領エイズ救済緊急計画; PEPFAR", "メディケア; Medicare",
        "深圳証券取引所; Shenzhen Stock Exchange", "シンガポール取引所; Singapore Exchange",
        "ロンドン金属取引所; London Metal Exchange", "東証プライム市場; TSE Prime Market", "東証グロース市場; TSE Growth Market",
        "ニューヨーク商品取引所; COMEX", "科創板; STAR Market", "東京銀行間取引金利; TIBOR",
        "日銀短観; Tankan", "イールドカーブ・コントロール; yield curve control", "さくらリポート; Sakura Report",
        "全銀システム; Zengin System", "カンザスシティー連銀; Kansas City Fed", "信金中央金庫; Shinkin Central Bank",
        "産業革新投資機構; Japan Investment Corporation", "北海道拓殖銀行; Hokkaido Takushoku Bank", "アフラック; Aflac",
        "エフィッシモ; Effissimo Capital Management", "ソフトバンク・ビジョン・ファンド; SoftBank Vision Fund",
        "日本産業パートナーズ; Japan Industrial Partners", "あずさ監査法人; KPMG AZSA", "マウントゴックス; Mt. Gox",
        "中国有人宇宙飛行プロジェクト弁公室; China Manned Space Agency", "アリアンスペース; Arianespace",
        "アルマ望遠鏡; ALMA", "スーパーKEKB; SuperKEKB", "火星探査機アマル; Hope Mars Mission",
        "北斗衛星測位システム; BeiDou", "昭和基地; Syowa Station", "欧州合同原子核研究機関; CERN",
        "武漢ウイルス研究所; Wuhan Institute of Virology", "ハワード・ヒューズ医学研究所; Howard Hughes Medical Institute",
        "英科学誌ネイチャー; Nature", "米科学誌サイエンス; Science", "仁科記念賞; Nishina Memorial Prize",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyHealthFinanceScienceEntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-health-finance-science.jsonl", 290);
    }
}
