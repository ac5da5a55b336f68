package org.kaifang.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every message exists in both languages, with the same arguments. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameMessages() {
        ResourceBundle en = Messages.bundle(Language.EN);
        ResourceBundle zh = Messages.bundle(Language.ZH);
        assertEquals(new TreeSet<>(Collections.list(en.getKeys())), new TreeSet<>(Collections.list(zh.getKeys())));
        assertTrue(Collections.list(en.getKeys()).size() > 40);
    }

    @Test
    void bothLanguagesUseTheSameArguments() {
        ResourceBundle en = Messages.bundle(Language.EN);
        ResourceBundle zh = Messages.bundle(Language.ZH);
        for (String key : Collections.list(en.getKeys())) {
            assertEquals(arguments(en.getString(key)), arguments(zh.getString(key)), key);
        }
    }

    @Test
    void argumentsArePutInPlaceInEitherLanguage() {
        assertEquals("expected a whole number from 1 to 12", Messages.text(Language.EN, "value.whole_number", 1, 12));
        assertEquals("应为 1 到 12 之间的整数", Messages.text(Language.ZH, "value.whole_number", 1, 12));
        // a year is not written 2,011
        assertEquals("工作表 表1 第 3 行没有年份（如 2011 或 2011年）；请检查映射文件中的 header_row",
                Messages.text(Language.ZH, "workbook.no_year", 3, "表1"));
        assertEquals("column 'value' appears twice", Messages.text(Language.EN, "header.twice", "value"));
        assertEquals("列“value”出现了两次", Messages.text(Language.ZH, "header.twice", "value"));
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> used = new TreeSet<>();
        MessageFormat format = new MessageFormat(pattern);
        for (int i = 0; i < format.getFormatsByArgumentIndex().length; i++) {
            if (pattern.contains("{" + i + "}")) {
                used.add(i);
            }
        }
        return used;
    }
}
