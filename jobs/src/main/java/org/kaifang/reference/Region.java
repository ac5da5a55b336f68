package org.kaifang.reference;

/** An administrative region from {@code reference/region.csv}. */
public record Region(String code, String nameZh, String nameEn, String parentCode, String level) {
}
