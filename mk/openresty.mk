# make test-nginx, the second half of make test: spec/nginx/ drives examples/openresty/ in a real
# nginx over loopback HTTP, from a temporary prefix (spec/nginx/harness.lua).
DEPS_NGINX := nginx-light libnginx-mod-http-lua lua-cjson curl

.PHONY: test-nginx deps-nginx

deps-nginx:
	@tools/ensure-deps $(DEPS_NGINX)

test-nginx: deps-test deps-nginx build/luajit/$(MODULE)
	@BUSTED=$(BUSTED) tools/with-nginx-tmpdir \
	    tools/run-busted nginx-luajit build/luajit luajit --run=nginx
