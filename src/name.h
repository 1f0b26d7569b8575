/*
 * How code() reads a phrase or a name ("Not Found", "not-found",
 * "I'm a teapot"): the text is turned into its constant form and looked up.
 *
 * Plain C with no Lua calls, so the fuzz target can include it as it is.
 */
#ifndef HTTPSTATUS_NAME_H
#define HTTPSTATUS_NAME_H

#include <stddef.h>

/* The longest text code() normalises; every name is far shorter. */
#define HS_NAME_MAX 64

/* '_', '-' and Lua's own notion of white space (lctype.c, C locale) */
static int hs_is_separator(char c)
{
    return c == '_' || c == '-' || c == ' ' || (c >= '\t' && c <= '\r');
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
