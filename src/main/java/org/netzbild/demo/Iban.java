package org.netzbild.demo;

import java.math.BigInteger;

/**
 * German IBANs with valid check digits, computed as ISO 13616 prescribes: move the country code
 * and "00" behind the BBAN, turn letters into numbers (D = 13, E = 14), and the check digits are
 * 98 minus the remainder modulo 97.
 */
final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** The IBAN of a bank code (8 digits) and account number (up to 10 digits), without spaces. */
    static String german(String bankCode, long account) {
        String bban = bankCode + String.format("%010d", account);
        int check = 98 - new BigInteger(bban + "131400").mod(NINETY_SEVEN).intValue();
        return String.format("DE%02d%s", check, bban);
    }

    /** Whether an IBAN's check digits are right (remainder 1 modulo 97). */
    static boolean isValid(String iban) {
        String compact = iban.replace(" ", "");
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        var digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** The printed form in groups of four: {@code DE89 3704 0044 0532 0130 00}. */
    static String grouped(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
