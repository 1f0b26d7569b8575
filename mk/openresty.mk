# make test-nginx, the second half of make test: the spec in spec/nginx/ drives a real nginx
# (Debian's, with the Lua module on OpenResty's LuaJIT) over loopback HTTP, and runs
# examples/openresty/ too. Each nginx runs from a temporary prefix on a free 127.0.0.1 port;
# tools/with-nginx-tmpdir stops any a killed run left behind. The system's nginx is untouched.

DEPS_NGINX := nginx-light libnginx-mod-http-lua lua-cjson curl

.PHONY: test-nginx deps-nginx

deps-nginx:
	@tools/ensure-deps $(DEPS_NGINX)

test-nginx: deps-test deps-nginx build/luajit/$(MODULE)
	@BUSTED=$(BUSTED) tools/with-nginx-tmpdir \
	    tools/run-busted nginx-luajit build/luajit luajit --run=nginx
