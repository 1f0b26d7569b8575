/*
 * The tables every answer of httpstatus is derived from: one row per
 * status code, in ascending code order, and the five classes.
 *
 * Sources: the IANA HTTP Status Code Registry and RFC 9110, Section 15 for
 * official codes; for the others, the documents their source and reference
 * name. Descriptions and examples are written in this project's own words.
 * A code's constant name is made from its phrase (src/name.h), and so is
 * each older phrase's.
 */
#ifndef HTTPSTATUS_CODES_H
#define HTTPSTATUS_CODES_H

#include <stddef.h>

/* Row flags: the per-code rules of API.md, kept next to the data. */
#define HS_OFFICIAL  1u   /* registered with IANA */
#define HS_REDIRECT  2u   /* sends the client to Location: 301 302 303 307 308 */
#define HS_EMPTY     4u   /* never has content (every 1xx is empty by rule too) */
#define HS_CACHEABLE 8u   /* heuristically cacheable by default */
#define HS_RETRYABLE 16u  /* may succeed if repeated later */

#define HS_MAX_ALIASES 3

struct hs_status {
    int code;
    const char *phrase;      /* its constant name is made from it: src/name.h */
    unsigned flags;
    const char *reference;   /* "RFC 9110, Section 15.5.5"; "nginx" */
    const char *source;      /* "IANA", "RFC 2324 / RFC 7168", "nginx", "Cloudflare" */
    const char *aliases[HS_MAX_ALIASES]; /* older phrases, NULL-padded */
    const char *description;
    const char *example;     /* one concrete situation that gets this code */
};

static const struct hs_status hs_statuses[] = {
    { 100, "Continue", HS_OFFICIAL | HS_EMPTY, "RFC 9110, Section 15.2.1", "IANA", { NULL },
      "Interim reply saying the request head arrived and was not turned down, so the client "
      "should go on and send the content; it is the usual answer to a request carrying 'Expect: "
      "100-continue'. A final response always follows.",
      "PUT /uploads/backup.tar announces a 4 GB body with an Expect header, and the server is "
      "ready to take it" },
    { 101, "Switching Protocols", HS_OFFICIAL | HS_EMPTY,
      "RFC 9110, Section 15.2.2", "IANA", { NULL },
      "The server accepts the client's Upgrade request and, right after this response, speaks "
      "the protocol it names in its own Upgrade header, as in the HTTP/1.1 WebSocket handshake.",
      "GET /chat with Upgrade: websocket and a Sec-WebSocket-Key, accepted by a chat server" },
    { 102, "Processing", HS_OFFICIAL | HS_EMPTY, "RFC 2518, Section 10.1", "IANA", { NULL },
      "Interim WebDAV reply telling the client that a long-running request is still being worked "
      "on, so it should not give up waiting. Deprecated: RFC 4918 removed it from WebDAV, and "
      "most clients simply ignore it.",
      "a WebDAV COPY of /projects/ with 50,000 files still running after 20 seconds" },
    { 103, "Early Hints", HS_OFFICIAL | HS_EMPTY, "RFC 8297, Section 2", "IANA", { NULL },
      "Interim reply carrying header fields, most often Link preload hints, that the server "
      "expects to put in the final response, so the client can start fetching related resources "
      "early. The hints never replace the headers of the final response.",
      "GET / while the page is still being rendered, with Link: </app.css>; rel=preload sent "
      "ahead of it" },
    { 200, "OK", HS_OFFICIAL | HS_CACHEABLE, "RFC 9110, Section 15.3.1", "IANA", { NULL },
      "The request worked. What the body holds depends on the method: the target's current "
      "representation for GET, the outcome of the action for POST, and so on. Cacheable by "
      "default.",
      "GET /products/7 answered with the product as JSON" },
    { 201, "Created", HS_OFFICIAL, "RFC 9110, Section 15.3.2", "IANA", { NULL },
      "The request worked and brought one or more new resources into being; the main one is "
      "named by the Location header, or is the target URI when Location is missing. A common "
      "answer to POST or PUT.",
      "POST /users for a new sign-up, answered with Location: /users/43" },
    { 202, "Accepted", HS_OFFICIAL, "RFC 9110, Section 15.3.3", "IANA", { NULL },
      "The server has taken the request on but has not finished it, and it may still fail; "
      "typical for queued, asynchronous or batch work. The response should tell the client how "
      "to check on progress later.",
      "POST /reports/export queues a CSV export job and returns a link to poll its status" },
    { 203, "Non-Authoritative Information", HS_OFFICIAL | HS_CACHEABLE,
      "RFC 9110, Section 15.3.4", "IANA", { NULL },
      "The request worked, but a transforming proxy altered the origin server's 200 response "
      "before passing it on, so the client knows the content is not exactly what the origin "
      "produced. Cacheable by default.",
      "a mobile carrier proxy recompresses the images of GET /gallery before forwarding the "
      "origin's reply" },
    { 204, "No Content", HS_OFFICIAL | HS_EMPTY | HS_CACHEABLE,
      "RFC 9110, Section 15.3.5", "IANA", { NULL },
      "The request worked and there is nothing to put in the body, for example after a "
      "successful DELETE, or a PUT that returns nothing. The response never carries content, "
      "though its header fields may still hold metadata. Cacheable by default.",
      "DELETE /comments/17 succeeds and there is nothing to send back" },
    { 205, "Reset Content", HS_OFFICIAL | HS_EMPTY, "RFC 9110, Section 15.3.6", "IANA", { NULL },
      "The request worked and the client should reset the view that sent it, for instance clear "
      "a form so the user can enter new data. The response must not carry content.",
      "POST /survey/answers from a kiosk form that should be cleared for the next visitor" },
    { 206, "Partial Content", HS_OFFICIAL | HS_CACHEABLE,
      "RFC 9110, Section 15.3.7", "IANA", { NULL },
      "Answer to a Range request: the server sends only the requested part or parts, described "
      "by Content-Range or by a multipart/byteranges body. Used to resume downloads and to seek "
      "in media. Cacheable by default.",
      "GET /videos/intro.mp4 with Range: bytes=1000000-1999999 while the user seeks in a video "
      "player" },
    { 207, "Multi-Status", HS_OFFICIAL, "RFC 4918, Section 11.1", "IANA", { NULL },
      "WebDAV reply holding a separate status for each of several resources or operations, in an "
      "XML multistatus body. Sent by methods such as PROPFIND, PROPPATCH, COPY or MOVE that "
      "touch many resources at once.",
      "a WebDAV PROPFIND on /docs/ with Depth: 1, listing the properties of each file in the "
      "folder" },
    { 208, "Already Reported", HS_OFFICIAL, "RFC 5842, Section 7.1", "IANA", { NULL },
      "Used inside a WebDAV 207 multistatus body to say that the members of a collection "
      "reachable through more than one binding were already listed earlier in the same response, "
      "so they are not repeated. Keeps bind loops from producing endless output.",
      "a PROPFIND with Depth: infinity meets /shared/ again through a second binding and lists "
      "it only once" },
    { 226, "IM Used", HS_OFFICIAL, "RFC 3229, Section 10.4.1", "IANA", { NULL },
      "The server answered a GET by applying one or more instance manipulations the client asked "
      "for in A-IM, such as a delta against a version the client already holds (HTTP delta "
      "encoding). Rarely seen in practice.",
      "GET /feed.xml with A-IM: feed, answered with only the entries added since the client's "
      "cached copy" },
    { 300, "Multiple Choices", HS_OFFICIAL | HS_CACHEABLE,
      "RFC 9110, Section 15.4.1", "IANA", { NULL },
      "The target has several representations and the server lets the client pick one; it may "
      "point to its preferred choice in Location. Rarely used. Cacheable by default.",
      "GET /manual with no language preference when English, French and German editions exist" },
    { 301, "Moved Permanently", HS_OFFICIAL | HS_REDIRECT | HS_CACHEABLE,
      "RFC 9110, Section 15.4.2", "IANA", { NULL },
      "The resource has moved for good to the URI in the Location header, so links and bookmarks "
      "should be updated. For historical reasons clients may turn a POST into a GET when "
      "following it; use 308 to keep the method. Cacheable by default.",
      "GET http://old-shop.example/cart after the shop switched to a new domain for good" },
    { 302, "Found", HS_OFFICIAL | HS_REDIRECT,
      "RFC 9110, Section 15.4.3", "IANA", { "Moved Temporarily" },
      "The resource is temporarily at the URI in Location; later requests should keep using the "
      "original URI. For historical reasons clients may turn a POST into a GET when following "
      "it; use 307 to keep the method. Called Moved Temporarily in HTTP/1.0.",
      "GET /account by a visitor who is not signed in, sent over to /login?next=/account" },
    { 303, "See Other", HS_OFFICIAL | HS_REDIRECT, "RFC 9110, Section 15.4.4", "IANA", { NULL },
      "Sends the client to the URI in Location, to be fetched with GET (or HEAD) whatever the "
      "original method was. Typically used after a POST so that reloading the result page does "
      "not submit the form again.",
      "POST /orders from a checkout form, after which the browser is sent to GET /orders/981 for "
      "the receipt" },
    { 304, "Not Modified", HS_OFFICIAL | HS_EMPTY, "RFC 9110, Section 15.4.5", "IANA", { NULL },
      "Answer to a conditional GET or HEAD (If-None-Match, If-Modified-Since) when the copy the "
      "client already holds is still current, so it can reuse that copy. The response never has "
      "content.",
      "GET /style.css with If-None-Match holding the ETag of the browser's cached copy, which is "
      "still current" },
    { 305, "Use Proxy", HS_OFFICIAL, "RFC 9110, Section 15.4.6", "IANA", { NULL },
      "Was meant to tell the client to repeat the request through the proxy named in Location. "
      "Deprecated for security reasons, and clients do not act on it.",
      "an old server telling a client to repeat GET /intranet/ through proxy.corp.example, which "
      "modern clients ignore" },
    { 307, "Temporary Redirect", HS_OFFICIAL | HS_REDIRECT,
      "RFC 9110, Section 15.4.8", "IANA", { NULL },
      "The resource is temporarily at the URI in Location. Unlike 302, the client must repeat "
      "the request there with the same method and content, so a POST stays a POST. Later "
      "requests should still go to the original URI.",
      "POST /api/upload while the primary node is under maintenance, resent unchanged to a "
      "standby node" },
    { 308, "Permanent Redirect", HS_OFFICIAL | HS_REDIRECT | HS_CACHEABLE,
      "RFC 9110, Section 15.4.9", "IANA", { NULL },
      "The resource has moved for good to the URI in Location. Unlike 301, the client must keep "
      "the method and content when following it, so a POST stays a POST. Cacheable by default.",
      "POST /v1/payments after the API has moved to /v2/payments for good; the client resends "
      "the same body there" },
    { 400, "Bad Request", HS_OFFICIAL, "RFC 9110, Section 15.5.1", "IANA", { NULL },
      "The request is broken in a way the server blames on the client, such as bad syntax, a "
      "malformed body or invalid message framing. The generic fallback when no more specific 4xx "
      "code fits.",
      "POST /orders with a JSON body cut off halfway, missing its closing brace" },
    { 401, "Unauthorized", HS_OFFICIAL, "RFC 9110, Section 15.5.2", "IANA", { NULL },
      "The request has no valid credentials for the target. The server must send a "
      "WWW-Authenticate header naming the challenge or challenges that apply; the client may "
      "retry with new or corrected credentials in Authorization.",
      "GET /api/invoices with an expired bearer token in the Authorization header" },
    { 402, "Payment Required", HS_OFFICIAL, "RFC 9110, Section 15.5.3", "IANA", { NULL },
      "Reserved by HTTP for future use. Some APIs and services send it when a payment, "
      "subscription or quota top-up is needed, but there is no standard convention for it.",
      "a call to a paid translation API after the account's prepaid credit has run out" },
    { 403, "Forbidden", HS_OFFICIAL, "RFC 9110, Section 15.5.4", "IANA", { NULL },
      "The server knows what is being asked and will not allow it; authenticating again or with "
      "other credentials will not change the answer. A server that prefers to hide the resource "
      "altogether may send 404 instead.",
      "a signed-in customer opening /admin/users, a page reserved for administrators" },
    { 404, "Not Found", HS_OFFICIAL | HS_CACHEABLE, "RFC 9110, Section 15.5.5", "IANA", { NULL },
      "Nothing is available at the target URI, or the server prefers not to reveal whether "
      "something is. It says nothing about whether the absence is temporary or permanent (see "
      "410). Cacheable by default.",
      "GET /users/42 when no user 42 exists" },
    { 405, "Method Not Allowed", HS_OFFICIAL | HS_CACHEABLE,
      "RFC 9110, Section 15.5.6", "IANA", { "Not Allowed" },
      "The target resource exists but does not support the request method. The server must send "
      "an Allow header listing the methods the resource does support. Cacheable by default.",
      "DELETE /articles, a collection that only supports GET and POST" },
    { 406, "Not Acceptable", HS_OFFICIAL, "RFC 9110, Section 15.5.7", "IANA", { NULL },
      "Content negotiation failed: no representation of the resource matches the client's "
      "Accept, Accept-Language or Accept-Encoding preferences, and the server chose not to fall "
      "back to a default. The body may list the available alternatives.",
      "GET /report with Accept: application/pdf when the report only exists as HTML and CSV" },
    { 407, "Proxy Authentication Required", HS_OFFICIAL,
      "RFC 9110, Section 15.5.8", "IANA", { NULL },
      "Like 401, but it is a proxy on the path that wants credentials. The proxy must send a "
      "Proxy-Authenticate header, and the client answers with Proxy-Authorization.",
      "a laptop on a corporate network fetching https://example.com through a proxy that wants a "
      "login first" },
    { 408, "Request Timeout", HS_OFFICIAL | HS_RETRYABLE,
      "RFC 9110, Section 15.5.9", "IANA", { "Request Time-out" },
      "The client took too long to send its full request, so the server stopped waiting and "
      "usually closes the connection. Sending the request again, on a fresh connection, may "
      "work.",
      "a client opens a connection, sends half of its headers and then goes silent for a "
      "minute" },
    { 409, "Conflict", HS_OFFICIAL, "RFC 9110, Section 15.5.10", "IANA", { NULL },
      "The request clashes with the current state of the resource, for example an edit based on "
      "an outdated version, or a name that is already taken. The response should explain the "
      "clash so the user can resolve it and try again.",
      "POST /signup with a username that another account already holds" },
    { 410, "Gone", HS_OFFICIAL | HS_CACHEABLE, "RFC 9110, Section 15.5.11", "IANA", { NULL },
      "The resource was removed on purpose and is not expected to come back, and no new address "
      "is known. Clients should drop their links to it. Cacheable by default.",
      "GET /api/v1/weather after that API version was retired and switched off for good" },
    { 411, "Length Required", HS_OFFICIAL, "RFC 9110, Section 15.5.12", "IANA", { NULL },
      "The server refuses a request whose content length is not declared. The client may repeat "
      "it with a valid Content-Length header.",
      "POST /upload with chunked Transfer-Encoding to a server that insists on knowing the body "
      "size up front" },
    { 412, "Precondition Failed", HS_OFFICIAL, "RFC 9110, Section 15.5.13", "IANA", { NULL },
      "A condition the client attached, such as If-Match or If-Unmodified-Since, did not hold on "
      "the server, so the method was not applied. Guards against overwriting someone else's "
      "update.",
      "PUT /files/report.pdf with If-Match naming an ETag that a colleague's save has since "
      "replaced" },
    { 413, "Content Too Large", HS_OFFICIAL,
      "RFC 9110, Section 15.5.14", "IANA", { "Payload Too Large", "Request Entity Too Large" },
      "The request body exceeds the size the server accepts, so it refuses the request and may "
      "close the connection. If the limit is only temporary, the server should send Retry-After. "
      "Earlier names: Payload Too Large, Request Entity Too Large.",
      "POST /avatars with a 2 GB video file where the limit is 10 MB" },
    { 414, "URI Too Long", HS_OFFICIAL | HS_CACHEABLE,
      "RFC 9110, Section 15.5.15", "IANA", { "Request-URI Too Long", "Request-URI Too Large" },
      "The target URI exceeds the length the server accepts; often the result of a form sent "
      "with GET instead of POST, or of a redirect loop that keeps growing the URI. Cacheable by "
      "default.",
      "a search form submitted with GET that packs 40 KB of text into the query string" },
    { 415, "Unsupported Media Type", HS_OFFICIAL, "RFC 9110, Section 15.5.16", "IANA", { NULL },
      "The server refuses the request body because of its media type or content coding, or after "
      "looking at the data itself. The response may include Accept or Accept-Encoding to show "
      "what the server would take.",
      "POST /api/users with Content-Type: text/xml to an endpoint that only reads JSON" },
    { 416, "Range Not Satisfiable", HS_OFFICIAL,
      "RFC 9110, Section 15.5.17", "IANA", { "Requested Range Not Satisfiable" },
      "None of the ranges in the request's Range header overlap the current extent of the "
      "selected representation. For byte ranges the server should send Content-Range with the "
      "full length, as in 'bytes */1234'.",
      "GET /files/a.zip with Range: bytes=5000000- when the file is only 1 MB long" },
    { 417, "Expectation Failed", HS_OFFICIAL, "RFC 9110, Section 15.5.18", "IANA", { NULL },
      "The server cannot meet the expectation in the request's Expect header, for example a "
      "100-continue that a server further along the chain does not support.",
      "a PUT carrying Expect: 100-continue, forwarded by a proxy whose next hop is an HTTP/1.0 "
      "server" },
    { 418, "I'm a teapot", 0,
      "RFC 2324, Section 2.3.2", "RFC 2324 / RFC 7168", { "I Am a Teapot" },
      "April Fools' joke from the Hyper Text Coffee Pot Control Protocol: a teapot refuses to "
      "brew coffee. Not part of HTTP: IANA lists 418 as (Unused) so that it is never assigned. "
      "Some servers send it as an easter egg or to turn away unwanted clients.",
      "a joke route like GET /coffee on a novelty site, answering that it only brews tea" },
    { 421, "Misdirected Request", HS_OFFICIAL, "RFC 9110, Section 15.5.20", "IANA", { NULL },
      "The request reached a server that cannot or will not give an authoritative answer for its "
      "target URI, for example when an HTTP/2 or HTTP/3 connection was reused for a host that "
      "server does not handle. The client may retry over a different connection.",
      "a browser reuses its HTTP/2 connection to www.example.com for api.example.com, which that "
      "server does not host" },
    { 422, "Unprocessable Content", HS_OFFICIAL,
      "RFC 9110, Section 15.5.21", "IANA", { "Unprocessable Entity" },
      "The request body is well-formed and of a supported type, but its meaning is wrong, so the "
      "server cannot act on it; a typical answer to JSON or XML that fails validation. Formerly "
      "named Unprocessable Entity.",
      "POST /users with valid JSON whose email field is 'not-an-email' and whose age is -3" },
    { 423, "Locked", HS_OFFICIAL, "RFC 4918, Section 11.3", "IANA", { NULL },
      "WebDAV: the source or destination resource of the method is locked and the request did "
      "not supply a matching lock token. The body should name the precondition that failed, such "
      "as lock-token-submitted.",
      "PUT /docs/budget.xlsx on a WebDAV share while a colleague's editor holds an exclusive "
      "lock on it" },
    { 424, "Failed Dependency", HS_OFFICIAL, "RFC 4918, Section 11.4", "IANA", { NULL },
      "WebDAV: this part of the request was not carried out because it relied on another action "
      "that failed; for example, once one change in a PROPPATCH fails, the remaining ones are "
      "reported with 424.",
      "the second change in a PROPPATCH that sets two properties, after the first one was "
      "refused" },
    { 425, "Too Early", HS_OFFICIAL | HS_RETRYABLE, "RFC 8470, Section 5.2", "IANA", { NULL },
      "The request arrived in TLS early data (0-RTT), which an attacker could replay, so the "
      "server refuses to act on it yet. The client should send it again after the handshake has "
      "completed, and not in early data.",
      "POST /transfer sent in TLS 1.3 0-RTT data on a resumed session, before the handshake has "
      "finished" },
    { 426, "Upgrade Required", HS_OFFICIAL, "RFC 9110, Section 15.5.22", "IANA", { NULL },
      "The server will only handle the request once the client moves to a different protocol, "
      "such as TLS or a newer HTTP version. It must send an Upgrade header naming the protocol "
      "or protocols it requires.",
      "a client speaking plain HTTP to an endpoint that demands TLS, told so with Upgrade: "
      "TLS/1.2, HTTP/1.1" },
    { 428, "Precondition Required", HS_OFFICIAL, "RFC 6585, Section 3", "IANA", { NULL },
      "The origin server insists that the request be conditional, for example carry If-Match, so "
      "that clients editing the same resource do not overwrite each other's changes. The "
      "response should explain how to resubmit.",
      "PUT /wiki/Home without If-Match on a wiki that only takes conditional edits" },
    { 429, "Too Many Requests", HS_OFFICIAL | HS_RETRYABLE,
      "RFC 6585, Section 4", "IANA", { NULL },
      "Rate limiting: the client has gone over the number of requests the server allows in a "
      "time window. The response should explain the limit and may send Retry-After to say how "
      "long to wait before trying again.",
      "the 61st call in one minute to an API that allows 60 calls per minute per key" },
    { 431, "Request Header Fields Too Large", HS_OFFICIAL, "RFC 6585, Section 5", "IANA", { NULL },
      "The header section of the request, or a single header field in it, is bigger than the "
      "server accepts. The client may shrink the headers and try again.",
      "GET /dashboard sent with a 64 KB Authorization header carrying a bloated JWT" },
    { 444, "No Response", 0, "nginx", "nginx", { NULL },
      "nginx-specific: the server closes the connection without sending any response at all. "
      "Configured with 'return 444' to drop unwanted or malicious requests; the code only ever "
      "appears in nginx's own logs.",
      "nginx drops a request for /wp-login.php from a scanner without writing a single byte "
      "back" },
    { 451, "Unavailable For Legal Reasons", HS_OFFICIAL | HS_CACHEABLE,
      "RFC 7725, Section 3", "IANA", { NULL },
      "Access is blocked because of a legal demand, such as a court order or government "
      "censorship. The response should explain the demand and may name the blocking party in a "
      "Link header with rel=blocked-by. Cacheable by default.",
      "GET /videos/match-highlights from a country where a court has ordered that content "
      "blocked" },
    { 494, "Request Header Too Large", 0, "nginx", "nginx", { NULL },
      "nginx-specific: the request line or a header field, often a cookie, does not fit in the "
      "buffers nginx is configured with. It shows in logs and error_page handling, while the "
      "client itself receives a 400 Bad Request.",
      "a request whose Cookie header outgrows the large_client_header_buffers setting of nginx" },
    { 495, "SSL Certificate Error", 0, "nginx", "nginx", { NULL },
      "nginx-specific: the client presented a TLS certificate that failed verification. Used for "
      "logging and error_page handling, while the client itself receives a 400 Bad Request.",
      "a client presents an expired certificate to an nginx server with ssl_verify_client on" },
    { 496, "SSL Certificate Required", 0, "nginx", "nginx", { NULL },
      "nginx-specific: verification of a client certificate is required but the client did not "
      "send one. Used for logging and error_page handling, while the client itself receives a "
      "400 Bad Request.",
      "a browser with no client certificate installed opens a site where nginx has "
      "ssl_verify_client on" },
    { 497, "HTTP Request Sent to HTTPS Port", 0, "nginx", "nginx", { NULL },
      "nginx-specific: a plain HTTP request arrived on a port that expects HTTPS. Used for "
      "logging and error_page handling, often to redirect to the https URL, while the client "
      "itself receives a 400 Bad Request.",
      "curl http://example.com:443/ speaking plain text to the TLS listener of nginx" },
    { 499, "Client Closed Request", 0, "nginx", "nginx", { NULL },
      "nginx-specific: the client closed the connection before nginx could send a response, "
      "typically because its timeout was shorter than the upstream's processing time. Only "
      "logged; nothing reaches the client.",
      "a browser tab closed while nginx still waits on a slow upstream report query" },
    { 500, "Internal Server Error", HS_OFFICIAL, "RFC 9110, Section 15.6.1", "IANA", { NULL },
      "Something went wrong on the server that it did not anticipate, so it could not complete "
      "the request. The generic catch-all for server-side failures such as bugs or "
      "misconfiguration.",
      "GET /checkout hits an unhandled null pointer exception in the application code" },
    { 501, "Not Implemented", HS_OFFICIAL | HS_CACHEABLE,
      "RFC 9110, Section 15.6.2", "IANA", { "Method Not Implemented" },
      "The server lacks the functionality the request needs, typically because it does not "
      "recognise the request method for any resource. Cacheable by default.",
      "a PURGE request to a plain web server that has never heard of that method" },
    { 502, "Bad Gateway", HS_OFFICIAL | HS_RETRYABLE, "RFC 9110, Section 15.6.3", "IANA", { NULL },
      "A gateway or proxy got an invalid response from the upstream server it contacted on the "
      "client's behalf. Trying again later may succeed.",
      "nginx in front of a Node app that crashed mid-reply, leaving a truncated upstream "
      "response" },
    { 503, "Service Unavailable", HS_OFFICIAL | HS_RETRYABLE,
      "RFC 9110, Section 15.6.4", "IANA", { "Service Temporarily Unavailable" },
      "The server cannot handle the request right now, because of temporary overload or "
      "scheduled maintenance, but expects to later. It may send Retry-After to say how long to "
      "wait.",
      "any request to the shop during a planned database migration, answered with Retry-After: "
      "3600" },
    { 504, "Gateway Timeout", HS_OFFICIAL | HS_RETRYABLE,
      "RFC 9110, Section 15.6.5", "IANA", { "Gateway Time-out" },
      "A gateway or proxy gave up waiting for the upstream server it needed to reach to complete "
      "the request. Trying again later may succeed.",
      "a load balancer gives up after 60 seconds on a backend stuck in a slow SQL query" },
    { 505, "HTTP Version Not Supported", HS_OFFICIAL, "RFC 9110, Section 15.6.6", "IANA", { NULL },
      "The server will not handle requests in the major HTTP version the client used. The "
      "response should say which versions or protocols the server does support.",
      "a request line saying HTTP/2.0 in plain text to a server that only speaks HTTP/1.1" },
    { 506, "Variant Also Negotiates", HS_OFFICIAL, "RFC 2295, Section 8.1", "IANA", { NULL },
      "A server configuration error in transparent content negotiation: the variant that was "
      "chosen is itself set up to negotiate, so it is not a proper end point and negotiation "
      "would loop. Rarely seen.",
      "a misconfigured Apache type map where the variant chosen for /index is itself another "
      "type map" },
    { 507, "Insufficient Storage", HS_OFFICIAL, "RFC 4918, Section 11.5", "IANA", { NULL },
      "WebDAV: the server ran out of room to store what the request needs, such as a new "
      "property, collection or copy. The condition is treated as temporary.",
      "a WebDAV PUT of a 3 GB video to a share with only 1 GB of quota left" },
    { 508, "Loop Detected", HS_OFFICIAL, "RFC 5842, Section 7.2", "IANA", { NULL },
      "WebDAV binding extension: while handling a request with Depth: infinity, the server ran "
      "into an infinite loop caused by bindings that lead back into themselves, and gave up on "
      "the whole operation.",
      "a PROPFIND with Depth: infinity on /a/ where /a/b/ is bound back to /a/" },
    { 509, "Bandwidth Limit Exceeded", 0,
      "Apache mod_bw and cPanel documentation", "Apache bandwidth modules / cPanel",
      { NULL },
      "Unofficial: sent by Apache httpd bandwidth-limiting modules and by cPanel hosts when a "
      "site has used up the traffic allowance of its hosting plan. The site stays unavailable "
      "until the allowance resets or is raised.",
      "any page of a hosting account that has served its 10 GB monthly traffic quota, until the "
      "month resets" },
    { 510, "Not Extended", HS_OFFICIAL, "RFC 2774, Section 7", "IANA", { NULL },
      "From the experimental HTTP Extension Framework: the request does not meet the server's "
      "policy for the resource and needs further mandatory extensions. Obsoleted: RFC 2774 is "
      "now Historic and IANA marks 510 as OBSOLETED, so do not send it.",
      "a plain GET /archive where the server's policy demands an M-GET with a Man: extension "
      "declaration" },
    { 511, "Network Authentication Required", HS_OFFICIAL, "RFC 6585, Section 6", "IANA", { NULL },
      "The network wants the user to log in or accept terms before granting access, as at a "
      "captive portal on public Wi-Fi. Sent by an intercepting proxy that controls access, never "
      "by the origin server; the body should link to the login page.",
      "a laptop on hotel Wi-Fi requesting http://example.com before the guest has accepted the "
      "portal's terms" },
    { 520, "Web Server Returned an Unknown Error", 0,
      "Cloudflare documentation, Error 520", "Cloudflare", { NULL },
      "Cloudflare-specific: sent by Cloudflare's edge, not by the origin, when the origin server "
      "answered with an empty, unknown or unexpected response. The catch-all for origin replies "
      "Cloudflare cannot make sense of, such as a connection reset after the request was sent.",
      "Cloudflare's edge gets an empty reply from the origin after a PHP worker there crashes "
      "mid-request" },
    { 521, "Web Server Is Down", 0, "Cloudflare documentation, Error 521", "Cloudflare", { NULL },
      "Cloudflare-specific: sent by Cloudflare's edge, not by the origin, when the origin server "
      "refused Cloudflare's connection, typically because the web server process is not running "
      "or a firewall blocks Cloudflare's IP ranges.",
      "Cloudflare's edge is refused on port 443 because nginx on the origin is stopped" },
    { 522, "Connection Timed Out", 0,
      "Cloudflare documentation, Error 522", "Cloudflare", { NULL },
      "Cloudflare-specific: sent by Cloudflare's edge, not by the origin, when its TCP "
      "connection to the origin server could not be established in time. Often a sign of an "
      "overloaded origin or of a firewall that silently drops Cloudflare's traffic.",
      "Cloudflare's edge gets no answer to its TCP handshake because the origin's firewall "
      "silently drops its packets" },
    { 523, "Origin Is Unreachable", 0,
      "Cloudflare documentation, Error 523", "Cloudflare", { NULL },
      "Cloudflare-specific: sent by Cloudflare's edge, not by the origin, when it cannot reach "
      "the origin server at all, for example because the DNS record points to a wrong address or "
      "a routing problem lies between the two.",
      "Cloudflare's edge cannot route to the origin because its DNS A record points to an "
      "address that no longer exists" },
    { 524, "A Timeout Occurred", 0, "Cloudflare documentation, Error 524", "Cloudflare", { NULL },
      "Cloudflare-specific: sent by Cloudflare's edge, not by the origin, when it connected to "
      "the origin server but got no HTTP response in time (100 seconds by default). Usually a "
      "long-running request; the origin may still finish the work.",
      "Cloudflare's edge reaches the origin, but a report built there takes longer than 100 "
      "seconds to answer" },
    { 525, "SSL Handshake Failed", 0,
      "Cloudflare documentation, Error 525", "Cloudflare", { NULL },
      "Cloudflare-specific: sent by Cloudflare's edge, not by the origin, when the TLS handshake "
      "between Cloudflare and the origin server failed while SSL is set to Full or Full "
      "(strict). Often the origin has no certificate or no cipher suite in common with "
      "Cloudflare.",
      "Cloudflare's edge, in Full SSL mode, finds no TLS version or cipher in common with the "
      "origin" },
    { 526, "Invalid SSL Certificate", 0,
      "Cloudflare documentation, Error 526", "Cloudflare", { NULL },
      "Cloudflare-specific: sent by Cloudflare's edge, not by the origin, when SSL is set to "
      "Full (strict) and Cloudflare cannot validate the origin server's certificate, for example "
      "because it is expired, self-signed or issued for another host name.",
      "Cloudflare's edge, in Full (strict) SSL mode, finds a self-signed, expired certificate on "
      "the origin" },
};

#define HS_STATUS_COUNT (sizeof hs_statuses / sizeof hs_statuses[0])

struct hs_class {
    const char *id;
    const char *label;
    int first, last;
    const char *description;
};

/* The five classes of RFC 9110, Section 15: the first digit, 1 to 5. */
static const struct hs_class hs_classes[] = {
    { "informational", "Informational", 100, 199,
      "An interim answer: the request was received and work on it goes on. "
      "A final response follows." },
    { "successful", "Successful", 200, 299,
      "The request was received, understood and carried out." },
    { "redirection", "Redirection", 300, 399,
      "The client has to do something more, usually repeat the request "
      "elsewhere, to have it completed." },
    { "client_error", "Client Error", 400, 499,
      "The request is at fault: it is malformed, not allowed, or asks for "
      "something that is not there." },
    { "server_error", "Server Error", 500, 599,
      "The request may be fine, but the server failed to carry it out." },
};

/*
 * What a response with a given status must carry, or must not (RFC 9110 and
 * the RFCs that define codes), in the order hs.check reports them.  A row
 * covers the codes first..last and cites the section of those codes.
 */
enum hs_test { /* in the order of hs_messages[] */
    HS_VALID_CODE,     /* never holds: only the invalid code 0 has it */
    HS_CARRIES,        /* the field is there */
    HS_LACKS,          /* the field is not there */
    HS_LACKS_ON_CONNECT, /* the field is not there in the answer to a CONNECT */
    HS_NO_CONTENT,     /* no content, and the other field (Content-Length) says 0 */
    HS_CARRIES_RANGE,  /* the field is there, unless the other says multipart/byteranges */
    HS_NO_PART_RANGE,  /* the field is not there, if the other says multipart/byteranges */
    HS_NO_CACHING      /* neither the field (Cache-Control) nor the other invites caching */
};

/* The message of a note of each test: the code and its phrase, "a" or "an", the field. */
static const char *const hs_messages[] = {
    "%s is not a valid status code (100..599)",
    "%s without %s %s header field",
    "%s with %s %s header field",
    "%s to CONNECT with %s %s header field",
    "%s with content",
    "%s without %s %s header field",
    "%s of multipart/byteranges with %s %s header field",
    "%s with %s %s header field that invites caching"
};

/* The header fields the rules read. */
enum hs_field {
    HS_NONE, HS_UPGRADE, HS_LENGTH, HS_ENCODING, HS_RANGE, HS_TYPE, HS_LOCATION,
    HS_WWW_AUTH, HS_ALLOW, HS_PROXY_AUTH, HS_CACHE, HS_EXPIRES, HS_FIELD_COUNT
};

static const char *const hs_field_names[] = { /* in the order of enum hs_field */
    "", "Upgrade", "Content-Length", "Transfer-Encoding", "Content-Range", "Content-Type",
    "Location", "WWW-Authenticate", "Allow", "Proxy-Authenticate", "Cache-Control", "Expires"
};

struct hs_response_rule {
    int first, last;
    enum hs_test test;
    const char *level;       /* "MUST", "MUST NOT" or "SHOULD" */
    enum hs_field field;     /* HS_NONE for a rule on content */
    enum hs_field other;     /* the field a test reads besides, or HS_NONE */
    const char *reference;
};

static const struct hs_response_rule hs_response_rules[] = {
    /* 0 is every integer outside 100..599 */
    { 0, 0, HS_VALID_CODE, "MUST", HS_NONE, HS_NONE, "RFC 9110, Section 15" },
    { 101, 101, HS_CARRIES, "MUST", HS_UPGRADE, HS_NONE, "RFC 9110, Section 15.2.2" },
    { 100, 199, HS_LACKS, "MUST NOT", HS_LENGTH, HS_NONE, "RFC 9110, Section 8.6" },
    { 204, 204, HS_LACKS, "MUST NOT", HS_LENGTH, HS_NONE, "RFC 9110, Section 8.6" },
    { 100, 199, HS_LACKS, "MUST NOT", HS_ENCODING, HS_NONE, "RFC 9112, Section 6.1" },
    { 204, 204, HS_LACKS, "MUST NOT", HS_ENCODING, HS_NONE, "RFC 9112, Section 6.1" },
    /* 204 has its rows above: one note a field */
    { 200, 203, HS_LACKS_ON_CONNECT, "MUST NOT", HS_LENGTH, HS_NONE, "RFC 9110, Section 8.6" },
    { 205, 299, HS_LACKS_ON_CONNECT, "MUST NOT", HS_LENGTH, HS_NONE, "RFC 9110, Section 8.6" },
    { 200, 203, HS_LACKS_ON_CONNECT, "MUST NOT", HS_ENCODING, HS_NONE, "RFC 9112, Section 6.1" },
    { 205, 299, HS_LACKS_ON_CONNECT, "MUST NOT", HS_ENCODING, HS_NONE, "RFC 9112, Section 6.1" },
    { 100, 199, HS_NO_CONTENT, "MUST NOT", HS_NONE, HS_NONE, "RFC 9110, Section 15.2" },
    { 204, 204, HS_NO_CONTENT, "MUST NOT", HS_NONE, HS_NONE, "RFC 9110, Section 15.3.5" },
    { 205, 205, HS_NO_CONTENT, "MUST NOT", HS_NONE, HS_LENGTH, "RFC 9110, Section 15.3.6" },
    { 304, 304, HS_NO_CONTENT, "MUST NOT", HS_NONE, HS_NONE, "RFC 9110, Section 15.4.5" },
    { 206, 206, HS_CARRIES_RANGE, "MUST", HS_RANGE, HS_TYPE, "RFC 9110, Section 15.3.7.1" },
    { 206, 206, HS_NO_PART_RANGE, "MUST NOT", HS_RANGE, HS_TYPE, "RFC 9110, Section 15.3.7.2" },
    { 301, 301, HS_CARRIES, "SHOULD", HS_LOCATION, HS_NONE, "RFC 9110, Section 15.4.2" },
    { 302, 302, HS_CARRIES, "SHOULD", HS_LOCATION, HS_NONE, "RFC 9110, Section 15.4.3" },
    { 303, 303, HS_CARRIES, "SHOULD", HS_LOCATION, HS_NONE, "RFC 9110, Section 15.4.4" },
    { 307, 307, HS_CARRIES, "SHOULD", HS_LOCATION, HS_NONE, "RFC 9110, Section 15.4.8" },
    { 308, 308, HS_CARRIES, "SHOULD", HS_LOCATION, HS_NONE, "RFC 9110, Section 15.4.9" },
    { 401, 401, HS_CARRIES, "MUST", HS_WWW_AUTH, HS_NONE, "RFC 9110, Section 15.5.2" },
    { 405, 405, HS_CARRIES, "MUST", HS_ALLOW, HS_NONE, "RFC 9110, Section 15.5.6" },
    { 407, 407, HS_CARRIES, "MUST", HS_PROXY_AUTH, HS_NONE, "RFC 9110, Section 15.5.8" },
    { 416, 416, HS_CARRIES, "SHOULD", HS_RANGE, HS_NONE, "RFC 9110, Section 15.5.17" },
    { 426, 426, HS_CARRIES, "MUST", HS_UPGRADE, HS_NONE, "RFC 9110, Section 15.5.22" },
    { 428, 428, HS_NO_CACHING, "MUST NOT", HS_CACHE, HS_EXPIRES, "RFC 6585, Section 3" },
    { 429, 429, HS_NO_CACHING, "MUST NOT", HS_CACHE, HS_EXPIRES, "RFC 6585, Section 4" },
    { 431, 431, HS_NO_CACHING, "MUST NOT", HS_CACHE, HS_EXPIRES, "RFC 6585, Section 5" },
    { 511, 511, HS_NO_CACHING, "MUST NOT", HS_CACHE, HS_EXPIRES, "RFC 6585, Section 6" },
};

#define HS_RESPONSE_RULE_COUNT \
    ((int)(sizeof hs_response_rules / sizeof hs_response_rules[0]))

#endif
