package org.conflictledger.eval;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;

/**
 * {@code parse_day} of {@code gold/score.py}: {@code date.fromisoformat(str(s)[:10])}, or null when that
 * raises. Follows CPython 3.11+'s C parser, which accepts {@code YYYY-MM-DD}, {@code YYYYMMDD} and ISO week
 * dates ({@code YYYY-Www-D}, {@code YYYYWwwD}, {@code YYYY-Www}, {@code YYYYWww}), measures the string
 * in UTF-8 bytes (7, 8 or 10), and ignores whatever follows a complete date.
 */
final class PyDay {
    private PyDay() {
    }

    /** The day {@code s} names, or null; {@code s} is Python's {@code str()} of the value ("None" for null). */
    static LocalDate parse(String s) {
        String str = s == null ? "None" : s;
        int cut = str.codePointCount(0, str.length()) > 10 ? str.offsetByCodePoints(0, 10) : str.length();
        String head = str.substring(0, cut);
        if (hasLoneSurrogate(head)) {
            return null; // Python cannot encode it as UTF-8
        }
        byte[] b = head.getBytes(StandardCharsets.UTF_8);
        if (b.length != 7 && b.length != 8 && b.length != 10) {
            return null;
        }
        return parseBytes(b);
    }

    private static LocalDate parseBytes(byte[] b) {
        int year = digits(b, 0, 4);
        if (year < 0) {
            return null;
        }
        int p = 4;
        boolean sep = at(b, p) == '-';
        if (sep) {
            p++;
        }
        if (at(b, p) == 'W') {
            p++;
            int week = digits(b, p, 2);
            if (week < 0) {
                return null;
            }
            p += 2;
            int day = 1;
            if (p < b.length) {
                if (sep && at(b, p++) != '-') {
                    return null;
                }
                day = digits(b, p, 1);
                if (day < 0) {
                    return null;
                }
            }
            return isoWeekDay(year, week, day);
        }
        int month = digits(b, p, 2);
        if (month < 0) {
            return null;
        }
        p += 2;
        if (sep && at(b, p++) != '-') {
            return null;
        }
        int day = digits(b, p, 2);
        if (day < 0) {
            return null;
        }
        return ymd(year, month, day);
    }

    private static LocalDate isoWeekDay(int year, int week, int day) {
        if (year < 1 || year > 9999) {
            return null;
        }
        if (week <= 0 || week >= 53) {
            boolean ok = false;
            if (week == 53) {
                DayOfWeek first = LocalDate.of(year, 1, 1).getDayOfWeek();
                ok = first == DayOfWeek.THURSDAY || (first == DayOfWeek.WEDNESDAY && Year.isLeap(year));
            }
            if (!ok) {
                return null;
            }
        }
        if (day <= 0 || day >= 8) {
            return null;
        }
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        int weekday = jan1.getDayOfWeek().getValue() - 1;
        LocalDate monday = jan1.minusDays(weekday);
        if (weekday > 3) {
            monday = monday.plusDays(7);
        }
        LocalDate d = monday.plusDays((week - 1) * 7L + day - 1);
        return d.getYear() >= 1 && d.getYear() <= 9999 ? d : null;
    }

    private static LocalDate ymd(int year, int month, int day) {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1
                || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The C string's byte at i: past the end is its terminating NUL. */
    private static int at(byte[] b, int i) {
        return i < b.length ? b[i] : 0;
    }

    /** {@code n} ASCII digits from {@code i} as a number, or -1. */
    private static int digits(byte[] b, int i, int n) {
        int v = 0;
        for (int k = i; k < i + n; k++) {
            int c = at(b, k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
