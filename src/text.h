/*
 * The two places where httpstatus reads text: a status-code argument given
 * as a string ("404", " 0x194 ", "4.04e2") and a phrase or name given to
 * code() ("Not Found", "not-found", "I'm a teapot").
 *
 * Plain C with no Lua calls, so the fuzz target can include it as it is.
 */
#ifndef HTTPSTATUS_TEXT_H
#define HTTPSTATUS_TEXT_H

#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* What an argument turned out to be. */
enum hs_arg {
    HS_ARG_OK,          /* an integer; the code is 100..599, or 0 for any other */
    HS_ARG_NOT_NUMBER,  /* "number expected" */
    HS_ARG_NOT_INTEGER  /* "number has no integer representation" */
};

#define HS_TWO_POW_63 9223372036854775808.0

/* The longest text code() normalises; every name is far shorter. */
#define HS_NAME_MAX 64

/* Lua's own notion of white space (lctype.c, C locale). */
static int hs_isspace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int hs_hexvalue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Any integer the argument may hold: 100..599 is kept, the rest is 0. */
static int hs_code_of_integer(uint64_t twos_complement)
{
    return (twos_complement >= 100 && twos_complement <= 599)
        ? (int)twos_complement : 0;
}

/*
 * A float is an integer argument when Lua 5.4 would convert it exactly:
 * integral and inside [-2^63, 2^63).  The range test also rejects NaN.
 */
static enum hs_arg hs_code_of_float(double n, int *code)
{
    if (!(n >= -HS_TWO_POW_63 && n < HS_TWO_POW_63))
        return HS_ARG_NOT_INTEGER;
    if ((double)(int64_t)n != n)
        return HS_ARG_NOT_INTEGER;
    *code = (n >= 100 && n <= 599) ? (int)n : 0;
    return HS_ARG_OK;
}

/*
 * Lua 5.4's l_str2int: optional sign, decimal or 0x hex digits, white space
 * around.  Hex wraps around as in Lua; a decimal overflow is left to the
 * float reader.  Returns 1 when s[0..len) is such an integer.
 */
static int hs_read_integer(const char *s, size_t len, uint64_t *out)
{
    const char *end = s + len;
    uint64_t a = 0;
    int neg = 0, empty = 1;

    while (s < end && hs_isspace(*s))
        s++;
    if (s < end && (*s == '-' || *s == '+'))
        neg = (*s++ == '-');
    if (end - s >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        for (s += 2; s < end && hs_hexvalue(*s) >= 0; s++, empty = 0)
            a = a * 16 + (uint64_t)hs_hexvalue(*s);
    } else {
        const uint64_t max = (uint64_t)INT64_MAX;
        for (; s < end && *s >= '0' && *s <= '9'; s++, empty = 0) {
            uint64_t d = (uint64_t)(*s - '0');
            if (a >= max / 10 && (a > max / 10 || d > max % 10 + (uint64_t)neg))
                return 0;
            a = a * 10 + d;
        }
    }
    while (s < end && hs_isspace(*s))
        s++;
    if (empty || s != end)
        return 0;
    *out = neg ? 0u - a : a;
    return 1;
}

/* strtod over the whole of buf, white space allowed after. */
static int hs_strtod_whole(const char *buf, double *out)
{
    char *end;
    *out = strtod(buf, &end);
    if (end == buf)
        return 0;
    while (hs_isspace(*end))
        end++;
    return *end == '\0';
}

/*
 * Lua 5.4's l_str2d: no "inf" or "nan" (it refuses any 'n'), strtod for
 * the rest, and a second try with the locale's decimal point as Lua does.
 * s must be NUL-terminated at s[len].
 */
static int hs_read_float(const char *s, size_t len, double *out)
{
    char buf[201];
    const char *dot = strchr(s, '.');
    char point = localeconv()->decimal_point[0];

    if (strlen(s) != len || strpbrk(s, "nN") != NULL)
        return 0;
    if (hs_strtod_whole(s, out))
        return 1;
    if (dot == NULL || point == '.' || len > sizeof buf - 1)
        return 0;
    memcpy(buf, s, len + 1);
    buf[dot - s] = point;
    return hs_strtod_whole(buf, out);
}

/* A string argument, read the way luaL_checkinteger reads it on Lua 5.4. */
static enum hs_arg hs_code_of_string(const char *s, size_t len, int *code)
{
    uint64_t i;
    double n;

    if (hs_read_integer(s, len, &i)) {
        *code = hs_code_of_integer(i);
        return HS_ARG_OK;
    }
    if (!hs_read_float(s, len, &n))
        return HS_ARG_NOT_NUMBER;
    return hs_code_of_float(n, code);
}

static int hs_is_separator(char c)
{
    return c == ' ' || c == '_' || c == '-' || hs_isspace(c);
}

static int hs_is_apostrophe(const char *s, const char *end)
{
    /* ASCII ' and the typographic U+2019 that phrases are often pasted with */
    if (*s == '\'')
        return 1;
    return end - s >= 3 && (unsigned char)s[0] == 0xE2
        && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0x99;
}

static char hs_upper(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

/*
 * Turns a phrase, alias or constant name into its constant form: upper case,
 * apostrophes dropped, each run of spaces, '_' and '-' one '_', none at the
 * ends ("I'm a  teapot" -> "IM_A_TEAPOT").  Writes at most HS_NAME_MAX bytes
 * to out and returns the length, or 0 when the text is empty or too long to
 * be any name.
 */
static size_t hs_normalize_name(const char *s, size_t len, char *out)
{
    const char *end = s + len;
    size_t n = 0;
    int pending_separator = 0;

    while (s < end) {
        if (hs_is_apostrophe(s, end)) {
            s += (*s == '\'') ? 1 : 3;
            continue;
        }
        if (hs_is_separator(*s)) {
            pending_separator = (n > 0);
            s++;
            continue;
        }
        if (n + (size_t)pending_separator + 1 > HS_NAME_MAX)
            return 0;
        if (pending_separator)
            out[n++] = '_';
        pending_separator = 0;
        out[n++] = hs_upper(*s++);
    }
    return n;
}

#endif
