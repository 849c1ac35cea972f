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
