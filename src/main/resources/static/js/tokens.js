// The token page: copy a new token's secret with one press (it is shown only this once).
(function () {
  var button = document.getElementById('copy-token');
  var field = document.getElementById('new-token');
  if (!button || !field) {
    return;
  }
  field.addEventListener('focus', function () {
    field.select();
  });
  button.addEventListener('click', function () {
    field.select();
    var done = function () {
      button.textContent = button.dataset.copied;
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () {
        document.execCommand('copy') && done();
      });
    } else if (document.execCommand('copy')) {
      done();
    }
  });
})();
