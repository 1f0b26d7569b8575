# OpenResty: httpstatus inside a real nginx (Debian's nginx with the Lua
# module, on OpenResty's LuaJIT), driven over loopback HTTP by the busted
# spec in spec/nginx/, which also runs examples/openresty/.
#
#   make test-nginx     (part of `make test`; installs what it lacks)
#
# Every nginx runs from a temporary prefix on a free 127.0.0.1 port and is
# stopped when the spec ends; tools/with-nginx-tmpdir stops any that a
# killed run left behind.  Nothing under /etc/nginx or the system's nginx is
# touched.

DEPS_NGINX := nginx-light libnginx-mod-http-lua lua-cjson curl

.PHONY: test-nginx deps-nginx

deps-nginx:
	@tools/ensure-deps $(DEPS_NGINX)

test-nginx: deps-test deps-nginx build/luajit/$(MODULE)
	@BUSTED=$(BUSTED) tools/with-nginx-tmpdir \
	    tools/run-busted nginx-luajit build/luajit luajit --run=nginx
