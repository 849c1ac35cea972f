// A form that uploads files carries its CSRF token in its address (the token must be read before the
// upload is). When the server answers such a post with a page (a refused upload), the address bar would
// show the token: take it out of the address without reloading.
(function () {
  var url = new URL(window.location.href);
  if (url.searchParams.has('_csrf')) {
    url.searchParams.delete('_csrf');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
})();
