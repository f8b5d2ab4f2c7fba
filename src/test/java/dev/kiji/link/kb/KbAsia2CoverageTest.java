package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * East and Southeast Asia, second file (curated-asia-2.jsonl): Chinese Politburo members, ministers, provincial
 * leaders and business founders; Hong Kong, Macau and Taiwan officials and party figures; South and North Korean
 * ministers, lawmakers and officials; Mongolian and Southeast Asian leaders; entertainers, directors and athletes;
 * companies, banks, universities, media, parties and agencies; places, landmarks, airports, ports, events and
 * products the earlier files lacked. A Japanese and an English article naming one of them resolve to the same
 * single entry.
 */
class KbAsia2CoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-asia-2.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        // China, Hong Kong, Macau, Taiwan
        "李幹傑; Li Ganjie", "夏宝竜; Xia Baolong", "陳一新; Chen Yixin",
        "劉振立; Liu Zhenli", "胡耀邦; Hu Yaobang", "劉暁波; Liu Xiaobo", "汪滔; Frank Wang",
        "陳茂波; Paul Chan Mo-po", "黄之鋒; Joshua Wong", "傅崐萁; Fu Kun-chi", "邱垂正; Chiu Chui-cheng",
        "陳其邁; Chen Chi-mai",
        // Koreas and Mongolia
        "姜勲植; Kang Hoon-sik", "チャン・ドンヒョク; Jang Dong-hyuk", "洪準杓; Hong Joon-pyo",
        "文喜相; Moon Hee-sang", "張成沢; Jang Song Thaek", "玄松月; Hyon Song Wol", "オユーンエルデネ; Oyun-Erdene",
        // Southeast Asia
        "インラック・シナワット; Yingluck Shinawatra", "マーティン・ロムアルデス; Martin Romualdez",
        "スハルト; Suharto", "アハマド・ザヒド・ハミディ; Ahmad Zahid Hamidi", "ン・エンヘン; Ng Eng Hen",
        "ミン・スエ; Myint Swe", "ケム・ソカ; Kem Sokha",
        // entertainers, athletes
        "周杰倫; Jay Chou", "テレサ・テン; Teresa Teng", "チャン・グンソク; Jang Keun-suk", "李承燁; Lee Seung-yeop",
        "戴資穎; Tai Tzu-ying",
        // companies, universities, media, parties, agencies
        "中国中車; CRRC", "寒武紀科技; Cambricon", "新鴻基地産; Sun Hung Kai Properties", "台湾高速鉄道; Taiwan High Speed Rail",
        "農心; Nongshim", "シンガポール政府投資公社; GIC", "ビナミルク; Vinamilk", "浙江大学; Zhejiang University",
        "聯合早報; Lianhe Zaobao", "時代力量; New Power Party", "民主行動党; Democratic Action Party",
        "香港廉政公署; ICAC", "海峡交流基金会; Straits Exchange Foundation", "民主労総; KCTU", "韓国宇宙航空庁; KASA",
        // places, facilities, events, products
        "日月潭; Sun Moon Lake", "九段線; Nine-dash line", "釣魚台国賓館; Diaoyutai State Guesthouse", "錦繍山太陽宮殿; Kumsusan Palace of the Sun",
        "ジャカルタ・バンドン高速鉄道; Jakarta-Bandung High-Speed Railway", "光州事件; Gwangju Uprising",
        "二・二八事件; 228 incident", "中国国際輸入博覧会; CIIE", "殲35; J-35", "板門店宣言; Panmunjom Declaration",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void entriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(FILE, 800);
    }
}
