// Behaviour every page may use, kept out of the markup so that the Content-Security-Policy allows no inline script:
// [data-ask] asks its question before the click goes on, [data-print] prints the page, [data-back] goes back a page,
// select[data-autosubmit] submits its form, #select-all ticks every input.pick.
document.addEventListener('click', function (event) {
  var asking = event.target.closest('[data-ask]');
  if (asking && !window.confirm(asking.dataset.ask)) {
    event.preventDefault();
    return;
  }
  if (event.target.closest('[data-print]')) {
    window.print();
  }
  if (event.target.closest('[data-back]') && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});
document.addEventListener('change', function (event) {
  var target = event.target;
  if (target.matches('select[data-autosubmit]') && target.form) {
    target.form.submit();
  }
  if (target.id === 'select-all') {
    document.querySelectorAll('input.pick').forEach(function (box) { box.checked = target.checked; });
  }
});
