package org.kaifang.reference;

/** An ISO 3166-1 country or territory from {@code reference/country.csv}. */
public record Country(String iso3, String iso2, String nameZh, String nameEn) {
}
