/*
 * libFuzzer target for the reader of code() (src/name.h, included as it is): besides what
 * ASan and UBSan catch, each input is checked against a plain rewrite of the documented rule.
 * Build and run: make check-fuzz (mk/check.mk).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/name.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *what, const char *s, size_t len)
{
    size_t i;
    (void)fprintf(stderr, "fuzz_name: %s for input of %lu bytes:", what,
                  (unsigned long)len);
    for (i = 0; i < len && i < 80; i++)
        (void)fprintf(stderr, " %02x", (unsigned)(unsigned char)s[i]);
    (void)fputc('\n', stderr);
    abort();
}

/*
 * The rule of API.md written the slow, obvious way: drop apostrophes (' and UTF-8 U+2019),
 * upper-case, turn each run of separators into one '_' and trim them at both ends; 0 when
 * empty or longer than HS_NAME_MAX.
 */
static size_t reference_normalize(const char *s, size_t len, char *out)
{
    size_t i, n = 0;
    int sep = 0;

    for (i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\'')
            continue;
        if (len - i >= 3 && (unsigned char)c == 0xE2 && (unsigned char)s[i + 1] == 0x80
            && (unsigned char)s[i + 2] == 0x99) {
            i += 2;
            continue;
        }
        if (c == ' ' || c == '_' || c == '-' || (c >= '\t' && c <= '\r')) {
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
    /* an exact-size copy, so ASan sees any read past the end */
    char *s = malloc(size + 1);

    if (s == NULL)
        abort();
    if (size > 0)
        memcpy(s, data, size);
    check_normalize_name(s, size);
    free(s);
    return 0;
}
