/*
 * httpstatus: every HTTP status code, its phrase, class and rules.
 *
 * Everything is derived from hs_statuses[] (codes.h) when the module is
 * loaded: one index table that answers codes[404] and codes.NOT_FOUND, and,
 * on LuaJIT, the arrays its compiled fast paths read.  Nothing is mutable
 * after load, and nothing is global, so any number of lua_States and nginx
 * workers may load it.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"

/* ---- compat: Lua 5.1 and LuaJIT against 5.2 and later ---- */

/* 5.2 added luaL_setfuncs (LuaJIT has it too, with luaL_newlibtable); 5.1 has luaI_openlib. */
#ifdef luaL_newlibtable
#define hs_setfuncs luaL_setfuncs
#else
#define hs_setfuncs(L, l, nup) luaI_openlib(L, NULL, l, nup)
#endif

/* 5.3 made lua_rawgeti return the type of what it pushes. */
#if LUA_VERSION_NUM >= 503
#define hs_rawgeti lua_rawgeti
#else
#define hs_rawgeti(L, table, n) (lua_rawgeti(L, table, n), lua_type(L, -1))
#endif

/* An integer's digits: before 5.3, Lua would write 2^53 as "9.007199254741e+15". */
static const char *hs_pushinteger_text(lua_State *L, lua_Integer n)
{
#ifdef LUA_MAXINTEGER
    lua_pushinteger(L, n);
#else
    char digits[32]; /* n came from a double: it is exact */
    (void)snprintf(digits, sizeof digits, "%.0f", (double)n);
    lua_pushstring(L, digits);
#endif
    return lua_tostring(L, -1);
}

#define HS_TWO_POW_63 9223372036854775808.0

/*
 * The running Lua's own reading of an integer argument, a number or a string it converts:
 * 1 and *code (100..599, or 0 for any other integer) for an integer, else 0.  5.1, 5.2 and
 * LuaJIT check that the number is integral and inside [-2^63, 2^63), as 5.3's
 * lua_tointegerx does (5.2's truncates 404.5).
 */
#ifdef LUA_MAXINTEGER
static int hs_tocode(lua_State *L, int arg, int *code)
{
    int isint;
    lua_Integer i = lua_tointegerx(L, arg, &isint);
    *code = (i >= 100 && i <= 599) ? (int)i : 0;
    return isint;
}
#else
static int hs_tocode(lua_State *L, int arg, int *code)
{
    lua_Number n = lua_tonumber(L, arg);
    if (n == 0 && !lua_isnumber(L, arg))
        return 0;
    /* the range test also refuses NaN */
    if (!(n >= -HS_TWO_POW_63 && n < HS_TWO_POW_63) || (lua_Number)(int64_t)n != n)
        return 0;
    *code = (n >= 100 && n <= 599) ? (int)n : 0;
    return 1;
}
#endif

#include "codes.h"
#include "name.h"
#include "fast.h"

/* ---- the module's constants ---- */

#define HS_VERSION "1.1.0"

#define HS_CODE_LIMIT 600 /* arrays cover 0..599; 100..599 are filled */

/* Upvalues shared by the functions of hs_functions[]... */
#define UV_INDEX lua_upvalueindex(1)     /* code -> phrase, NAME -> code */
#define UV_CLASS(digit) lua_upvalueindex(1 + (digit)) /* class ids, 1..5 */
#define UV_EACH_NEXT lua_upvalueindex(7) /* iterator behind each() */
#define UV_STATUS_LINES lua_upvalueindex(8) /* code -> "404 Not Found", made on use */
#define HS_NUPVALUES 8
/* ...and the one upvalue of each rule's closure: its index in hs_rules[]. */
#define UV_RULE lua_upvalueindex(1)

#define HS_CLASS_COUNT ((int)(sizeof hs_classes / sizeof hs_classes[0]))

/* ---- errors ---- */

/* The chunk name of the LuaJIT fast paths, whose frames errors skip. */
#define HS_CHUNKNAME "=httpstatus"

/* Raises the message on top at the caller's position, past a fast-path closure in between. */
static int error_here(lua_State *L)
{
    lua_Debug ar;
    int level = 1;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "S", &ar)
        && strcmp(ar.source, HS_CHUNKNAME) == 0)
        level = 2;
    luaL_where(L, level);
    lua_insert(L, -2);
    lua_concat(L, 2);
    return lua_error(L);
}

/*
 * Argument errors name the function as the module names it, whatever the
 * call site, and read the same on every Lua; luaL_argerror would take the
 * name from the caller's debug info instead.
 */
static int arg_error(lua_State *L, int arg, const char *fname, const char *reason)
{
    lua_pushfstring(L, "bad argument #%d to '%s' (%s)", arg, fname, reason);
    return error_here(L);
}

static int type_error(lua_State *L, int arg, const char *fname,
                      const char *expected)
{
    /* A missing argument reads as nil: LuaJIT's fast paths cannot tell. */
    int t = lua_type(L, arg) == LUA_TNONE ? LUA_TNIL : lua_type(L, arg);
    return arg_error(L, arg, fname, lua_pushfstring(L, "%s expected, got %s",
                                               expected, lua_typename(L, t)));
}

/* ---- reading a status-code argument ---- */

/* A status code, or an error naming fname: 100..599, or 0 for any other integer. */
static int check_code(lua_State *L, int arg, const char *fname)
{
    int code;
    if (hs_tocode(L, arg, &code))
        return code;
    if (lua_isnumber(L, arg))
        return arg_error(L, arg, fname, "number has no integer representation");
    return type_error(L, arg, fname, "number");
}

/* ---- the table ---- */

/* The index of the first row whose code is code or more (a binary search). */
static size_t first_row_from(lua_Integer code)
{
    size_t lo = 0, hi = HS_STATUS_COUNT;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (hs_statuses[mid].code < code)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static const struct hs_status *find_status(int code)
{
    size_t i = first_row_from(code);
    return i < HS_STATUS_COUNT && hs_statuses[i].code == code ? &hs_statuses[i] : NULL;
}

static int has_flag(int code, unsigned flag)
{
    const struct hs_status *st = find_status(code);
    return st != NULL && (st->flags & flag) != 0;
}

/* ---- the rules: one predicate each (code is 100..599, or 0) ---- */

static int class_digit(int code) { return code / 100; }

static int rule_is_error(int code) { return code == 0 || code >= 400; }
static int rule_is_informational(int code) { return class_digit(code) == 1; }
static int rule_is_success(int code) { return class_digit(code) == 2; }
static int rule_is_redirection(int code) { return class_digit(code) == 3; }
static int rule_is_client_error(int code) { return class_digit(code) == 4; }
static int rule_is_server_error(int code) { return class_digit(code) == 5; }
static int rule_is_redirect(int code) { return has_flag(code, HS_REDIRECT); }
static int rule_is_cacheable(int code) { return has_flag(code, HS_CACHEABLE); }
static int rule_is_retryable(int code) { return has_flag(code, HS_RETRYABLE); }

static int rule_is_empty(int code)
{
    return class_digit(code) == 1 || has_flag(code, HS_EMPTY);
}

struct hs_rule {
    const char *name;
    int (*holds)(int code);
};

/* Each becomes hs.<name>, and on LuaJIT a field of the fast-path records. */
static const struct hs_rule hs_rules[] = {
    { "is_error", rule_is_error },
    { "is_informational", rule_is_informational },
    { "is_success", rule_is_success },
    { "is_redirection", rule_is_redirection },
    { "is_client_error", rule_is_client_error },
    { "is_server_error", rule_is_server_error },
    { "is_redirect", rule_is_redirect },
    { "is_empty", rule_is_empty },
    { "is_cacheable", rule_is_cacheable },
    { "is_retryable", rule_is_retryable },
};

#define HS_RULE_COUNT ((int)(sizeof hs_rules / sizeof hs_rules[0]))

/* ---- functions over one code ---- */

static int hs_lookup(lua_State *L)
{
    int code = check_code(L, 1, "lookup");
    lua_rawgeti(L, UV_INDEX, code);
    return 1;
}

static int hs_class(lua_State *L)
{
    int code = check_code(L, 1, "class");
    if (code == 0)
        lua_pushnil(L);
    else
        lua_pushvalue(L, UV_CLASS(class_digit(code)));
    return 1;
}

/* Makes the line of a code in 100..599, keeps it and pushes it. */
static int make_status_line(lua_State *L, int code)
{
    lua_rawgeti(L, UV_INDEX, code);
    lua_pushfstring(L, "%d %s", code, lua_isnil(L, -1) ? "" : lua_tostring(L, -1));
    lua_pushvalue(L, -1);
    lua_rawseti(L, UV_STATUS_LINES, code);
    return 1;
}

/*
 * "404 Not Found"; "299 " for a code with no phrase (RFC 9112, Section 4).
 * Each line is made on its first use and kept, so that require stays small
 * and no later call builds a string; 0 (outside 100..599) gives nil.
 */
static int hs_status_line(lua_State *L)
{
    int code = check_code(L, 1, "status_line");
    if (hs_rawgeti(L, UV_STATUS_LINES, code) != LUA_TNIL || code == 0)
        return 1;
    return make_status_line(L, code);
}

/* Every hs_rules[] entry, told apart by the rule's index in an upvalue. */
static int hs_rule(lua_State *L)
{
    const struct hs_rule *rule = &hs_rules[lua_tointeger(L, UV_RULE)];
    lua_pushboolean(L, rule->holds(check_code(L, 1, rule->name)));
    return 1;
}

/* ---- info ---- */

static void set_string(lua_State *L, const char *key, const char *value)
{
    lua_pushstring(L, value);
    lua_setfield(L, -2, key);
}

/* The constant name of a phrase or an older phrase: "I'm a teapot" -> IM_A_TEAPOT */
static void push_name(lua_State *L, const char *phrase)
{
    char name[HS_NAME_MAX];
    lua_pushlstring(L, name, hs_normalize_name(phrase, strlen(phrase), name));
}

static int rule_covers(const struct hs_response_rule *rule, int code)
{
    return code >= rule->first && code <= rule->last;
}

/* The fields a response with this code must or should carry: info().requires */
static void push_requires(lua_State *L, int code)
{
    int i, n = 0;
    lua_newtable(L);
    for (i = 0; i < HS_RESPONSE_RULE_COUNT; i++) {
        const struct hs_response_rule *rule = &hs_response_rules[i];
        if (!rule_covers(rule, code)
            || (rule->test != HS_CARRIES && rule->test != HS_CARRIES_RANGE))
            continue;
        lua_createtable(L, 0, 3);
        set_string(L, "field", hs_field_names[rule->field]);
        set_string(L, "level", rule->level);
        set_string(L, "reference", rule->reference);
        lua_rawseti(L, -2, ++n);
    }
}

static int hs_info(lua_State *L)
{
    const struct hs_status *st = find_status(check_code(L, 1, "info"));
    int i;
    if (st == NULL) {
        lua_pushnil(L);
        return 1;
    }
    lua_createtable(L, 0, 11);
    lua_pushinteger(L, st->code);
    lua_setfield(L, -2, "code");
    set_string(L, "phrase", st->phrase);
    push_name(L, st->phrase);
    lua_setfield(L, -2, "name");
    lua_pushvalue(L, UV_CLASS(class_digit(st->code)));
    lua_setfield(L, -2, "class");
    set_string(L, "description", st->description);
    set_string(L, "example", st->example);
    set_string(L, "reference", st->reference);
    set_string(L, "source", st->source);
    lua_pushboolean(L, (st->flags & HS_OFFICIAL) != 0);
    lua_setfield(L, -2, "official");
    lua_createtable(L, HS_MAX_ALIASES, 0);
    for (i = 0; i < HS_MAX_ALIASES && st->aliases[i] != NULL; i++) {
        lua_pushstring(L, st->aliases[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "aliases");
    push_requires(L, st->code);
    lua_setfield(L, -2, "requires");
    return 1;
}

/* ---- check(): what a response must carry ---- */

/* check's upvalue: a string of one bit per code, set where breakable() */
#define UV_BREAKABLE lua_upvalueindex(1)

/* A response being checked; its header table is argument 2. */
struct hs_response {
    lua_State *L;
    int code;                   /* 100..599, or 0 for any other integer */
    lua_Integer number;         /* the status as given */
    int connect;                /* options.method is CONNECT */
    int content;                /* options.content is true */
    int value[HS_FIELD_COUNT];  /* the stack index of each field's value, or 0 */
    int notes;                  /* the stack index of the notes, 0 until the first */
    int count;                  /* of notes */
};

/* Whether s is word; field names ignore ASCII case (RFC 9110, Section 5.1). */
static int is_word(const char *s, size_t len, const char *word, int any_case)
{
    size_t i;
    if (len != strlen(word))
        return 0;
    for (i = 0; i < len; i++)
        if (any_case ? hs_upper(s[i]) != hs_upper(word[i]) : s[i] != word[i])
            return 0;
    return 1;
}

/* The value on top (or its element element) is not what a field holds. */
static int field_error(lua_State *L, int key, int element, const char *expected)
{
    const char *got = luaL_typename(L, -1);
    lua_pushfstring(L, "field '%s'", lua_tostring(L, key));
    if (element > 0)
        lua_pushfstring(L, "%s [%d]", lua_tostring(L, -1), element);
    return arg_error(L, 2, "check", lua_pushfstring(L, "%s: %s expected, got %s",
                                                    lua_tostring(L, -1), expected, got));
}

/* A field's value, on top above its key: a string, a number or a list of strings. */
static void check_value(lua_State *L)
{
    int i, value = lua_gettop(L);
    if (lua_type(L, value) == LUA_TSTRING || lua_type(L, value) == LUA_TNUMBER)
        return;
    if (!lua_istable(L, value))
        field_error(L, value - 1, 0, "string, number or list of strings");
    for (i = 1; hs_rawgeti(L, value, i) != LUA_TNIL; i++) {
        if (lua_type(L, -1) != LUA_TSTRING)
            field_error(L, value - 1, i, "string");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* The field of mask that the string key at index names, or HS_NONE. */
static int field_named(lua_State *L, int index, unsigned mask)
{
    size_t len;
    const char *key = lua_tolstring(L, index, &len);
    int f;
    for (f = HS_NONE + 1; f < HS_FIELD_COUNT; f++)
        if ((mask >> f & 1u) != 0 && is_word(key, len, hs_field_names[f], 1))
            return f;
    return HS_NONE;
}

/*
 * One raw walk of the header table: pushes the value of each field of mask
 * that it holds, checked, and keeps its stack index in r->value.  A field
 * given twice, in two spellings, is read once.  No code's rules read more
 * than four fields (a 206 to a CONNECT), well within the LUA_MINSTACK slots
 * a C function is given: the stack need not grow, which would allocate.
 */
static void read_fields(struct hs_response *r, unsigned mask)
{
    lua_State *L = r->L;
    lua_pushnil(L);
    while (mask != 0 && lua_next(L, 2) != 0) {
        int f = lua_type(L, -2) == LUA_TSTRING ? field_named(L, -2, mask) : HS_NONE;
        if (f == HS_NONE) {
            lua_pop(L, 1);
            continue;
        }
        check_value(L);
        lua_insert(L, -2); /* the value stays, below the key */
        r->value[f] = lua_gettop(L) - 1;
        mask &= ~(1u << f);
    }
    if (mask == 0)
        lua_pop(L, 1); /* the key the walk stopped at */
}

static int has(const struct hs_response *r, enum hs_field f)
{
    return r->value[f] != 0;
}

typedef int (*hs_text_test)(const char *s, size_t len);

/*
 * Whether test holds for the field's value: its string, one string of its
 * list, or its number, which matters to a test only as zero ("0") or not.
 */
static int field_says(const struct hs_response *r, enum hs_field f, hs_text_test test)
{
    lua_State *L = r->L;
    int i, says = 0, value = r->value[f], top = lua_gettop(L);
    size_t len;
    if (value == 0)
        return 0;
    if (lua_type(L, value) == LUA_TNUMBER)
        return test(lua_tonumber(L, value) == 0 ? "0" : "1", 1);
    if (lua_type(L, value) == LUA_TSTRING) {
        const char *s = lua_tolstring(L, value, &len);
        return test(s, len);
    }
    for (i = 1; !says && hs_rawgeti(L, value, i) != LUA_TNIL; i++) {
        const char *s = lua_tolstring(L, -1, &len);
        says = test(s, len);
        lua_pop(L, 1);
    }
    lua_settop(L, top);
    return says;
}

/* ---- check(): what field values say ---- */

static int is_space(char c) { return c == ' ' || c == '\t'; }

/* s without the spaces and tabs around it, and without its quotes if quoted */
static const char *trim(const char *s, size_t *len, int unquote)
{
    while (*len > 0 && is_space(s[*len - 1]))
        (*len)--;
    while (*len > 0 && is_space(*s)) {
        s++;
        (*len)--;
    }
    if (unquote && *len >= 2 && s[0] == '"' && s[*len - 1] == '"') {
        s++;
        *len -= 2;
    }
    return s;
}

/* 1 for digits that are not all 0, 0 for zeros, -1 for anything else */
static int digits_sign(const char *s, size_t len)
{
    size_t i;
    int sign = len > 0 ? 0 : -1;
    for (i = 0; i < len && sign >= 0; i++)
        if (s[i] < '0' || s[i] > '9')
            sign = -1;
        else if (s[i] != '0')
            sign = 1;
    return sign;
}

/* Content-Length: anything but a run of zeros says there is content. */
static int not_zero(const char *s, size_t len)
{
    s = trim(s, &len, 0);
    return digits_sign(s, len) != 0;
}

static int is_multipart_byteranges(const char *s, size_t len)
{
    static const char type[] = "multipart/byteranges";
    size_t n = sizeof type - 1;
    s = trim(s, &len, 0);
    return len >= n && is_word(s, n, type, 1) && (len == n || is_space(s[n]) || s[n] == ';');
}

/* One Cache-Control directive: public, or max-age or s-maxage above 0. */
static int directive_invites(const char *s, size_t len)
{
    const char *eq = memchr(s, '=', len);
    size_t name_len = eq != NULL ? (size_t)(eq - s) : len;
    size_t value_len = len - name_len - (eq != NULL);
    const char *name = trim(s, &name_len, 0);
    const char *value = trim(s + len - value_len, &value_len, 1);
    if (eq == NULL)
        return is_word(name, name_len, "public", 1);
    return (is_word(name, name_len, "max-age", 1) || is_word(name, name_len, "s-maxage", 1))
        && digits_sign(value, value_len) == 1;
}

static int invites_caching(const char *s, size_t len)
{
    const char *end = s + len;
    while (s < end) {
        const char *comma = memchr(s, ',', (size_t)(end - s));
        const char *stop = comma != NULL ? comma : end;
        if (directive_invites(s, (size_t)(stop - s)))
            return 1;
        s = stop + 1;
    }
    return 0;
}

/* ---- check(): the rules ---- */

/* The field of the note when r breaks rule (HS_NONE for a note on content), or -1. */
static int broken(const struct hs_response *r, const struct hs_response_rule *rule)
{
    enum hs_field field = rule->field, other = rule->other;
    switch (rule->test) {
    case HS_VALID_CODE:
        return HS_NONE;
    case HS_CARRIES:
        return has(r, field) ? -1 : (int)field;
    case HS_LACKS_ON_CONNECT:
        return r->connect && has(r, field) ? (int)field : -1;
    case HS_LACKS:
        return has(r, field) ? (int)field : -1;
    case HS_NO_CONTENT:
        return r->content || field_says(r, other, not_zero) ? HS_NONE : -1;
    case HS_CARRIES_RANGE:
        return field_says(r, other, is_multipart_byteranges) || has(r, field) ? -1 : (int)field;
    case HS_NO_PART_RANGE:
        return field_says(r, other, is_multipart_byteranges) && has(r, field) ? (int)field : -1;
    case HS_NO_CACHING:
        if (field_says(r, field, invites_caching))
            return field;
        return has(r, other) ? (int)other : -1;
    }
    return -1;
}

/* "405 Method Not Allowed without an Allow header field" */
static void push_message(const struct hs_response *r, const struct hs_response_rule *rule,
                         const char *field)
{
    lua_State *L = r->L;
    int top = lua_gettop(L);
    const struct hs_status *st = find_status(r->code);
    const char *article = field[0] != '\0' && strchr("AEIOU", field[0]) != NULL ? "an" : "a";
    const char *words = hs_pushinteger_text(L, r->number);
    if (st != NULL)
        words = lua_pushfstring(L, "%s %s", words, st->phrase);
    lua_pushfstring(L, hs_messages[rule->test], words, article, field);
    lua_replace(L, top + 1);
    lua_settop(L, top + 1);
}

/* A new note at the end of the notes, which the first one makes. */
static void add_note(struct hs_response *r, const struct hs_response_rule *rule, int field)
{
    lua_State *L = r->L;
    if (r->notes == 0) {
        lua_newtable(L);
        r->notes = lua_gettop(L);
    }
    lua_createtable(L, 0, 5);
    lua_pushinteger(L, r->number);
    lua_setfield(L, -2, "code");
    set_string(L, "level", rule->level);
    if (field != HS_NONE)
        set_string(L, "field", hs_field_names[field]);
    set_string(L, "reference", rule->reference);
    push_message(r, rule, hs_field_names[field]);
    lua_setfield(L, -2, "message");
    lua_rawseti(L, r->notes, ++r->count);
}

/* One key and value of options, on top. */
static void read_option(lua_State *L, struct hs_response *r)
{
    size_t len;
    const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tolstring(L, -2, &len) : NULL;
    int is_method = key != NULL && is_word(key, len, "method", 0);
    if (!is_method && (key == NULL || !is_word(key, len, "content", 0)))
        arg_error(L, 3, "check", key == NULL ? "unknown option"
                  : lua_pushfstring(L, "unknown option '%s'", key));
    if (lua_type(L, -1) != (is_method ? LUA_TSTRING : LUA_TBOOLEAN))
        arg_error(L, 3, "check", lua_pushfstring(L, "option '%s': %s expected, got %s", key,
                                                 is_method ? "string" : "boolean",
                                                 luaL_typename(L, -1)));
    if (is_method) {
        const char *method = lua_tolstring(L, -1, &len);
        /* methods are case-sensitive (RFC 9110, Section 9.1) */
        r->connect = is_word(method, len, "CONNECT", 0);
    } else
        r->content = lua_toboolean(L, -1);
}

/*
 * Whether a response with this code and no options can break a rule: the
 * CONNECT rows need options.method, and content rules options.content,
 * unless another field tells (a 205's Content-Length).
 */
static int breakable(int code)
{
    int i;
    for (i = 0; i < HS_RESPONSE_RULE_COUNT; i++) {
        const struct hs_response_rule *rule = &hs_response_rules[i];
        if (rule_covers(rule, code) && rule->test != HS_LACKS_ON_CONNECT
            && (rule->test != HS_NO_CONTENT || rule->other != HS_NONE))
            return 1;
    }
    return 0;
}

static int bit_is_set(const char *bits, int i)
{
    return (bits[i / 8] >> (i % 8)) & 1;
}

static void push_breakable(lua_State *L)
{
    char bits[HS_CODE_LIMIT / 8 + 1];
    int code;
    memset(bits, 0, sizeof bits);
    for (code = 0; code < HS_CODE_LIMIT; code++)
        if (breakable(code))
            bits[code / 8] |= (char)(1 << (code % 8));
    lua_pushlstring(L, bits, sizeof bits);
}

/* The fields that the rules for r's code read, as bits by enum hs_field. */
static unsigned fields_read(const struct hs_response *r)
{
    unsigned mask = 0;
    int i;
    for (i = 0; i < HS_RESPONSE_RULE_COUNT; i++) {
        const struct hs_response_rule *rule = &hs_response_rules[i];
        if (rule_covers(rule, r->code) && (rule->test != HS_LACKS_ON_CONNECT || r->connect))
            mask |= 1u << rule->field | 1u << rule->other;
    }
    return mask & ~(1u << HS_NONE);
}

/* check(status, headers [, options]) -> nil, or a new list of notes */
static int hs_check(lua_State *L)
{
    struct hs_response r;
    int i;
    lua_settop(L, 3);
    memset(&r, 0, sizeof r);
    r.L = L;
    r.code = check_code(L, 1, "check");
    r.number = lua_tointeger(L, 1);
    if (!lua_istable(L, 2))
        return type_error(L, 2, "check", "table");
    /* no options and no rule to break: the most common case, made short */
    if (lua_isnil(L, 3) && !bit_is_set(lua_tostring(L, UV_BREAKABLE), r.code)) {
        lua_pushnil(L);
        return 1;
    }
    if (!lua_isnil(L, 3) && !lua_istable(L, 3))
        return type_error(L, 3, "check", "table");
    if (lua_istable(L, 3))
        for (lua_pushnil(L); lua_next(L, 3) != 0; lua_pop(L, 1))
            read_option(L, &r);
    read_fields(&r, fields_read(&r));
    for (i = 0; i < HS_RESPONSE_RULE_COUNT; i++) {
        const struct hs_response_rule *rule = &hs_response_rules[i];
        int field = rule_covers(rule, r.code) ? broken(&r, rule) : -1;
        if (field >= 0)
            add_note(&r, rule, field);
    }
    if (r.notes == 0)
        lua_pushnil(L);
    return 1;
}

/* ---- code(): phrase, alias or name to code ---- */

static int hs_code(lua_State *L)
{
    char name[HS_NAME_MAX];
    size_t len, n;
    const char *text;
    if (lua_type(L, 1) != LUA_TSTRING && lua_type(L, 1) != LUA_TNUMBER)
        return type_error(L, 1, "code", "string");
    text = lua_tolstring(L, 1, &len);
    n = hs_normalize_name(text, len, name);
    if (n == 0) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushlstring(L, name, n);
    lua_rawget(L, UV_INDEX);
    if (!lua_isnumber(L, -1))
        lua_pushnil(L);
    return 1;
}

/* ---- each(): a stateless iterator in code order ---- */

/* each_next(last_code, previous_code) -> code, phrase; upvalue: the index */
static int hs_each_next(lua_State *L)
{
    lua_Integer last = lua_tointeger(L, 1);
    lua_Integer previous = lua_tointeger(L, 2);
    /* any caller may pass any integer: previous + 1 must not overflow */
    size_t i = previous < HS_CODE_LIMIT ? first_row_from(previous + 1) : HS_STATUS_COUNT;
    if (i >= HS_STATUS_COUNT || hs_statuses[i].code > last)
        return 0;
    lua_pushinteger(L, hs_statuses[i].code);
    lua_rawgeti(L, lua_upvalueindex(1), hs_statuses[i].code);
    return 2;
}

/* The class a string at arg names, or HS_CLASS_COUNT: a NUL byte in it names none. */
static int class_index(lua_State *L, int arg)
{
    size_t len = 0;
    const char *id = lua_type(L, arg) == LUA_TSTRING ? lua_tolstring(L, arg, &len) : "";
    int i;
    for (i = 0; i < HS_CLASS_COUNT; i++)
        if (strlen(hs_classes[i].id) == len && memcmp(hs_classes[i].id, id, len) == 0)
            break;
    return i;
}

/* for code, phrase in each_next, last, first - 1; each_next is at iterator */
static int push_each(lua_State *L, int iterator, int first, int last)
{
    lua_pushvalue(L, iterator);
    lua_pushinteger(L, last);
    lua_pushinteger(L, first - 1);
    return 3;
}

static int hs_each(lua_State *L)
{
    int i;
    if (lua_isnoneornil(L, 1))
        return push_each(L, UV_EACH_NEXT, 100, 599);
    if (lua_type(L, 1) != LUA_TSTRING)
        return type_error(L, 1, "each", "string");
    i = class_index(L, 1);
    if (i == HS_CLASS_COUNT)
        return arg_error(L, 1, "each",
                         lua_pushfstring(L, "unknown class '%s'", lua_tostring(L, 1)));
    return push_each(L, UV_EACH_NEXT, hs_classes[i].first, hs_classes[i].last);
}

/* ---- hs.codes and hs.classes: read-only userdata ---- */

/* __newindex and __tostring of both; upvalue: the name, "httpstatus.codes" */
static int view_newindex(lua_State *L)
{
    return luaL_error(L, "%s is read-only", lua_tostring(L, lua_upvalueindex(1)));
}

static int view_tostring(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    return 1;
}

/* The index table's own __index: a typo in a name fails loudly. */
static int codes_unknown(lua_State *L)
{
    if (lua_type(L, 2) != LUA_TSTRING)
        return 0;
    lua_pushfstring(L, "httpstatus.codes has no status named '%s'", lua_tostring(L, 2));
    return error_here(L);
}

/* upvalue: the iterator behind each() */
static int codes_pairs(lua_State *L)
{
    return push_each(L, lua_upvalueindex(1), 100, 599);
}

/* ---- hs.classes: a read-only userdata handing out fresh tables ---- */

static void push_class_record(lua_State *L, const struct hs_class *c)
{
    lua_createtable(L, 0, 5);
    set_string(L, "id", c->id);
    set_string(L, "label", c->label);
    lua_pushinteger(L, c->first);
    lua_setfield(L, -2, "first");
    lua_pushinteger(L, c->last);
    lua_setfield(L, -2, "last");
    set_string(L, "description", c->description);
}

static int classes_index(lua_State *L)
{
    int i = class_index(L, 2);
    if (i == HS_CLASS_COUNT)
        return 0;
    push_class_record(L, &hs_classes[i]);
    return 1;
}

/* classes_next(classes, previous_id) -> id, record, in code order; an unknown id ends it */
static int classes_next(lua_State *L)
{
    int i = lua_isnoneornil(L, 2) ? 0 : class_index(L, 2) + 1;
    if (i >= HS_CLASS_COUNT)
        return 0;
    lua_pushstring(L, hs_classes[i].id);
    push_class_record(L, &hs_classes[i]);
    return 2;
}

static int classes_pairs(lua_State *L)
{
    lua_pushcfunction(L, classes_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

/* ---- building the module ---- */

/* NAME -> code, for a phrase or an older phrase */
static void index_name(lua_State *L, const char *phrase, int code)
{
    push_name(L, phrase);
    lua_pushinteger(L, code);
    lua_rawset(L, -3);
}

/* code -> phrase and NAME -> code, for every row and alias */
static void push_index(lua_State *L)
{
    size_t i;
    int a;
    /* codes in the array part: one indexed read for codes[c] and lookup */
    lua_createtable(L, HS_CODE_LIMIT, (int)(HS_STATUS_COUNT + 16));
    for (i = 0; i < HS_STATUS_COUNT; i++) {
        const struct hs_status *st = &hs_statuses[i];
        lua_pushstring(L, st->phrase);
        lua_rawseti(L, -2, st->code);
        index_name(L, st->phrase, st->code);
        for (a = 0; a < HS_MAX_ALIASES && st->aliases[a] != NULL; a++)
            index_name(L, st->aliases[a], st->code);
    }
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, codes_unknown);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
}

/* A zero-size userdata: rawset and setmetatable cannot touch it. */
static void push_locked_view(lua_State *L, const char *name,
                             const luaL_Reg *methods)
{
    static const luaL_Reg locked[] = {
        { "__newindex", view_newindex },
        { "__tostring", view_tostring },
        { NULL, NULL }
    };
    lua_newuserdata(L, 0);
    lua_createtable(L, 0, 5);
    if (methods != NULL)
        hs_setfuncs(L, methods, 0);
    lua_pushstring(L, name);
    hs_setfuncs(L, locked, 1);
    lua_pushstring(L, name);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}

/* The upvalues of hs_functions[]: the index table is at index, the status lines above it. */
static void push_upvalues(lua_State *L, int index)
{
    int i;
    lua_pushvalue(L, index);
    for (i = 0; i < HS_CLASS_COUNT; i++)
        lua_pushstring(L, hs_classes[i].id);
    lua_pushvalue(L, index);
    lua_pushcclosure(L, hs_each_next, 1);
    lua_pushvalue(L, index + 1);
}

static void push_codes(lua_State *L, int index)
{
    push_locked_view(L, "httpstatus.codes", NULL);
    lua_getmetatable(L, -1);
    /* __index is the table itself, so codes[404] costs one table read */
    lua_pushvalue(L, index);
    lua_setfield(L, -2, "__index");
    lua_pushvalue(L, index);
    lua_pushcclosure(L, hs_each_next, 1);
    lua_pushcclosure(L, codes_pairs, 1);
    lua_setfield(L, -2, "__pairs");
    lua_pop(L, 1);
}

static void push_classes(lua_State *L)
{
    static const luaL_Reg methods[] = {
        { "__index", classes_index },
        { "__pairs", classes_pairs },
        { NULL, NULL }
    };
    push_locked_view(L, "httpstatus.classes", methods);
}

static const luaL_Reg hs_functions[] = {
    { "lookup", hs_lookup },
    { "class", hs_class },
    { "status_line", hs_status_line },
    { "info", hs_info },
    { "code", hs_code },
    { "each", hs_each },
    { NULL, NULL }
};

/* hs.is_error and the other predicates, each a closure over its rule */
static void set_rules(lua_State *L)
{
    int i;
    for (i = 0; i < HS_RULE_COUNT; i++) {
        lua_pushinteger(L, i);
        lua_pushcclosure(L, hs_rule, 1);
        lua_setfield(L, -2, hs_rules[i].name);
    }
}

/* ---- LuaJIT: the fast paths of src/fast.lua, over arrays filled here ---- */

/* Past the bits of hs_rules[]: breakable(code), a rule of check applies without options. */
#define HS_BREAKABLE_BIT (8 << HS_RULE_COUNT)

/*
 * The class digit in bits 0-2, then one bit per hs_rules[] entry from bit 3,
 * then HS_BREAKABLE_BIT.
 */
static int fast_flags(int code)
{
    int i, flags = class_digit(code);
    for (i = 0; i < HS_RULE_COUNT; i++)
        if (hs_rules[i].holds(code))
            flags |= 8 << i;
    if (breakable(code))
        flags |= HS_BREAKABLE_BIT;
    return flags;
}

/* The chunk's arguments, in the order src/fast.lua names them. */
static int push_fast_inputs(lua_State *L, int index, int module)
{
    int i;
    lua_createtable(L, HS_CODE_LIMIT, 0);
    for (i = 100; i < HS_CODE_LIMIT; i++) {
        lua_pushinteger(L, fast_flags(i));
        lua_rawseti(L, -2, i);
    }
    lua_createtable(L, HS_RULE_COUNT, 0);
    for (i = 0; i < HS_RULE_COUNT; i++) {
        lua_pushstring(L, hs_rules[i].name);
        lua_rawseti(L, -2, i + 1);
    }
    lua_pushvalue(L, index);
    lua_pushvalue(L, index + 1);
    lua_pushvalue(L, module);
    lua_pushcfunction(L, codes_unknown);
    return 6;
}

static void load_fast_chunk(lua_State *L)
{
    luaL_Buffer b;
    size_t i, len;
    const char *chunk;
    luaL_buffinit(L, &b);
    for (i = 0; i < sizeof hs_fast_lua / sizeof hs_fast_lua[0]; i++)
        luaL_addstring(&b, hs_fast_lua[i]);
    luaL_pushresult(&b);
    chunk = lua_tolstring(L, -1, &len);
    if (luaL_loadbuffer(L, chunk, len, HS_CHUNKNAME) != 0)
        lua_error(L);
    lua_remove(L, -2);
}

/*
 * Replaces the module's C functions over one code by the closures, on
 * LuaJIT only: make bench shows that PUC Lua 5.1 to 5.5 call a C function
 * as fast as a closure, or faster.
 */
static void install_fast_paths(lua_State *L, int index, int module)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "_LOADED");
    lua_getfield(L, -1, "jit");
    if (!lua_istable(L, -1)) {
        lua_pop(L, 2);
        return;
    }
    lua_pop(L, 2);
    load_fast_chunk(L);
    lua_call(L, push_fast_inputs(L, index, module), 1);
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, module);
    }
    lua_pop(L, 1);
}

#if defined(_WIN32)
#define HS_EXPORT __declspec(dllexport)
#else
#define HS_EXPORT __attribute__((visibility("default")))
#endif

HS_EXPORT int luaopen_httpstatus(lua_State *L);

HS_EXPORT int luaopen_httpstatus(lua_State *L)
{
    int index;

    push_index(L);
    index = lua_gettop(L);
    /* the status lines: the array part is made now, the lines on use */
    lua_createtable(L, HS_CODE_LIMIT, 0);

    lua_createtable(L, 0, 21);
    push_upvalues(L, index);
    hs_setfuncs(L, hs_functions, HS_NUPVALUES);
    set_rules(L);
    push_breakable(L);
    lua_pushcclosure(L, hs_check, 1);
    lua_setfield(L, -2, "check");

    push_codes(L, index);
    lua_setfield(L, -2, "codes");
    push_classes(L);
    lua_setfield(L, -2, "classes");
    lua_pushliteral(L, HS_VERSION);
    lua_setfield(L, -2, "_VERSION");

    install_fast_paths(L, index, lua_gettop(L));
    lua_replace(L, index);
    lua_pop(L, 1);
    return 1;
}
