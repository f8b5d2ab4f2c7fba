package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LegalFormTest {
    @Test
    void trailingEnglishFormsAndJapaneseFormsAtEitherEndAreRemoved() {
        assertEquals("eastjapanrailway", LegalForm.strippedKey("East Japan Railway Co."));
        assertEquals("eastjapanrailway", LegalForm.strippedKey("East Japan Railway Company"));
        assertEquals("hayatebattery", LegalForm.strippedKey("Hayate Battery Co., Ltd."));
        assertEquals("sonygroup", LegalForm.strippedKey("Sony Group Corp."));
        assertEquals("harlowmerck", LegalForm.strippedKey("Harlow Merck and Co."));
        assertEquals("harlowmerck", LegalForm.strippedKey("Harlow Merck & Company"));
        assertEquals("ハヤテ電池", LegalForm.strippedKey("株式会社ハヤテ電池"));
        assertEquals("ハヤテ電池", LegalForm.strippedKey("ハヤテ電池（株）"));
    }

    @Test
    void namesWithoutAFormOrWithNothingElseGiveNull() {
        assertNull(LegalForm.strippedKey("Mexico"));
        assertNull(LegalForm.strippedKey("Morocco"));
        assertNull(LegalForm.strippedKey("株式会社"));
        assertNull(LegalForm.strippedKey("Hayate Battery"));
        assertNull(LegalForm.strippedKey("Tom and Jerry"));
    }
}
