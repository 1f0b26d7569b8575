/*
 * libFuzzer target for the two places where httpstatus reads text
 * (src/text.h, included as it is): the status-code argument given as a
 * string, and the phrase or name given to code().
 *
 * Besides what ASan and UBSan catch, each input is checked against an
 * oracle: Lua 5.4 itself for hs_code_of_string (whose contract is "what
 * luaL_checkinteger accepts on 5.4"), and a plain two-pass rewrite of the
 * documented rule for hs_normalize_name.
 *
 * Build and run: make check-fuzz (mk/check.mk).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"

#include "../src/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * libFuzzer hands the target no context, so the oracle's lua_State lives
 * here: made on the first input, only ever used to read strings as numbers.
 */
static lua_State *oracle_state;

static void fail(const char *what, const char *s, size_t len)
{
    size_t i;
    (void)fprintf(stderr, "fuzz_text: %s for input of %lu bytes:", what,
                  (unsigned long)len);
    for (i = 0; i < len && i < 80; i++)
        (void)fprintf(stderr, " %02x", (unsigned)(unsigned char)s[i]);
    (void)fputc('\n', stderr);
    abort();
}

/* What Lua 5.4's luaL_checkinteger makes of the string s[0..len). */
static enum hs_arg lua_reading(const char *s, size_t len, int *code)
{
    lua_State *L = oracle_state;
    enum hs_arg r = HS_ARG_NOT_NUMBER;
    int isint = 0;
    lua_Integer i;

    lua_pushlstring(L, s, len);
    i = lua_tointegerx(L, -1, &isint);
    if (isint) {
        r = HS_ARG_OK;
        *code = (i >= 100 && i <= 599) ? (int)i : 0;
    } else if (lua_isnumber(L, -1)) {
        r = HS_ARG_NOT_INTEGER;
    }
    lua_pop(L, 1);
    return r;
}

static void check_code_of_string(const char *s, size_t len)
{
    int got = -1, want = -1;
    enum hs_arg r = hs_code_of_string(s, len, &got);
    enum hs_arg expected = lua_reading(s, len, &want);

    if (r != expected)
        fail("hs_code_of_string disagrees with Lua 5.4 on the kind", s, len);
    if (r == HS_ARG_OK && got != want)
        fail("hs_code_of_string disagrees with Lua 5.4 on the code", s, len);
}

static int is_upper_name_separator(char c)
{
    return c == ' ' || c == '_' || c == '-' || (c >= '\t' && c <= '\r');
}

/*
 * The rule of API.md written the slow, obvious way: drop apostrophes (' and
 * UTF-8 U+2019), then upper-case, turn each run of separators into one '_'
 * and trim them at both ends; 0 when empty or longer than HS_NAME_MAX.
 */
static size_t reference_normalize(const char *s, size_t len, char *out)
{
    char *kept = malloc(len + 1);
    size_t i = 0, k = 0, n = 0, j;
    int sep = 0;

    if (kept == NULL)
        abort();
    while (i < len) {
        if (s[i] == '\'') {
            i++;
        } else if (len - i >= 3 && (unsigned char)s[i] == 0xE2
                   && (unsigned char)s[i + 1] == 0x80
                   && (unsigned char)s[i + 2] == 0x99) {
            i += 3;
        } else {
            kept[k++] = s[i++];
        }
    }
    for (j = 0; j < k; j++) {
        char c = kept[j];
        if (is_upper_name_separator(c)) {
            sep = 1;
            continue;
        }
        if (sep && n > 0) {
            if (n < HS_NAME_MAX + 1)
                out[n] = '_';
            n++;
        }
        sep = 0;
        if (n < HS_NAME_MAX + 1)
            out[n] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
        n++;
    }
    free(kept);
    return n > HS_NAME_MAX ? 0 : n;
}

static void check_normalize_name(const char *s, size_t len)
{
    /* exactly HS_NAME_MAX bytes on the heap, so ASan sees any overflow */
    char *got = malloc(HS_NAME_MAX);
    char want[HS_NAME_MAX + 1];
    size_t n, m;

    if (got == NULL)
        abort();
    n = hs_normalize_name(s, len, got);
    m = reference_normalize(s, len, want);
    if (n > HS_NAME_MAX)
        fail("hs_normalize_name returned more than HS_NAME_MAX", s, len);
    if (n != m || memcmp(got, want, n) != 0)
        fail("hs_normalize_name disagrees with the reference", s, len);
    free(got);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Lua strings are NUL-terminated at s[len]; text.h relies on it */
    char *s = malloc(size + 1);

    if (oracle_state == NULL)
        oracle_state = luaL_newstate();
    if (s == NULL || oracle_state == NULL)
        abort();
    if (size > 0)
        memcpy(s, data, size);
    s[size] = '\0';
    check_code_of_string(s, size);
    check_normalize_name(s, size);
    free(s);
    return 0;
}
