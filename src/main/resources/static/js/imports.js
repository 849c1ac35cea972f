// An upload form carries its CSRF token in its address (the token must be read before the upload is).
// When the server answers such a post with a page (a refused upload), take the token out of the address.
(function () {
  var url = new URL(window.location.href);
  if (url.searchParams.has('_csrf')) {
    url.searchParams.delete('_csrf');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
})();

// Import forms: while a large file uploads and is checked row by row, say so and keep the button from a second press.
document.querySelectorAll('form.import-form').forEach(function (form) {
  form.addEventListener('submit', function () {
    var progress = form.querySelector('.import-progress');
    if (progress) {
      progress.hidden = false;
    }
    form.querySelectorAll('button[type=submit]').forEach(function (button) {
      button.disabled = true;
    });
  });
});
