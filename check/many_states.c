/*
 * many_states: opens and closes hundreds of lua_States, up to RING alive at once, each loading
 * httpstatus with require() (the real dlopen/dlclose path of Lua's package library). Each runs
 * the steps of SCRIPT (check/many_states.lua): it checks the module, then spoils its own copy;
 * the states beside and after it must not notice. Under valgrind (make check-states) a leak or
 * shared mutable state shows there or as a failed check here.
 * Usage: many_states MODULE_DIR SCRIPT [STATES]
 */
#include <stdio.h>
#include <stdlib.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

#ifdef LUA_JITLIBNAME        /* only LuaJIT's lualib.h has it */
#define RUNTIME_NAME "LuaJIT"
#else
#define RUNTIME_NAME LUA_VERSION
#endif

#define RING 64             /* states alive at once */
#define DEFAULT_STATES 300

/*
 * An allocator that counts, so that each closed state can be shown to have given back every
 * byte. A LuaJIT built without GC64 refuses a custom allocator on 64-bit hosts; there
 * luaL_newstate is used and valgrind alone counts.
 */
static void *counting_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    size_t *live_bytes = (size_t *)ud;
    size_t old = ptr == NULL ? 0 : osize;   /* no block: osize tells what the new one is for */
    void *p = NULL;

    if (nsize == 0)
        free(ptr);
    else
        p = realloc(ptr, nsize);
    if (nsize == 0 || p != NULL)
        *live_bytes += nsize - old;         /* modulo SIZE_MAX + 1: a shrink subtracts */
    return p;
}

struct slot {
    lua_State *L;
    size_t live_bytes;      /* what the state holds now */
    int counted;            /* made with counting_alloc */
};

/* Calls the script's function `step` in state n; 0 on success. */
static int run_step(lua_State *L, const char *step, int n)
{
    lua_getfield(L, 1, step);
    if (lua_pcall(L, 0, 0, 0) == 0)
        return 0;
    (void)fprintf(stderr, "many_states: state %d, %s: %s\n", n, step, lua_tostring(L, -1));
    lua_pop(L, 1);
    return 1;
}

/* A new state with the standard libraries, the module dir and the script. */
static int open_state(struct slot *s, const char *dir, const char *script, int n)
{
    s->live_bytes = 0;
    s->L = lua_newstate(counting_alloc, &s->live_bytes);
    s->counted = s->L != NULL;
    if (s->L == NULL)
        s->L = luaL_newstate();
    if (s->L == NULL) {
        (void)fprintf(stderr, "many_states: state %d: out of memory\n", n);
        return 1;
    }
    luaL_openlibs(s->L);
    lua_getglobal(s->L, "package");
    lua_pushfstring(s->L, "%s/?.so", dir);
    lua_setfield(s->L, -2, "cpath");
    lua_pop(s->L, 1);
    /* the script returns its steps; the table stays at stack index 1 */
    if (luaL_loadfile(s->L, script) != 0 || lua_pcall(s->L, 0, 1, 0) != 0) {
        (void)fprintf(stderr, "many_states: %s\n", lua_tostring(s->L, -1));
        return 1;
    }
    /* even states: the public API's tampering; odd ones: the debug library's */
    return run_step(s->L, "check", n)
        + run_step(s->L, n % 2 == 0 ? "tamper" : "vandalise", n);
}

static int close_state(struct slot *s, int n)
{
    /* the script loaded, and an even state, tampered with, answers as before */
    int failed = !lua_istable(s->L, 1) || (n % 2 == 0 && run_step(s->L, "check", n) != 0);

    lua_close(s->L);
    s->L = NULL;
    if (s->counted && s->live_bytes != 0) {
        (void)fprintf(stderr, "many_states: state %d kept %lu bytes after "
                      "lua_close\n", n, (unsigned long)s->live_bytes);
        failed = 1;
    }
    return failed;
}

int main(int argc, char **argv)
{
    static struct slot ring[RING];  /* zeroed: no state yet */
    long requested = argc > 3 ? strtol(argv[3], NULL, 10) : DEFAULT_STATES;
    int states, n, failures = 0;

    if (argc < 3 || requested <= 0 || requested > 100000) {
        (void)fprintf(stderr, "usage: many_states MODULE_DIR SCRIPT [STATES]\n");
        return 2;
    }
    states = (int)requested;
    /* state n opens in the slot of state n - RING, which closes first */
    for (n = 0; n < states + RING; n++) {
        struct slot *s = &ring[n % RING];
        if (s->L != NULL)
            failures += close_state(s, n - RING);
        if (n < states)
            failures += open_state(s, argv[1], argv[2], n);
    }
    printf("many_states (%s): %d states opened and closed, %d alive at once, %s, %d failures\n",
           RUNTIME_NAME, states, RING,
           ring[0].counted ? "every byte given back" : "bytes counted by valgrind only", failures);
    return failures == 0 ? 0 : 1;
}
