// Review by keyboard: A approves, R returns, J rejects (outside the reason field). Returning and
// rejecting need a reason: with none yet, the key puts the cursor in the reason field instead.
// The page opens on the record's title, never on a decision button, and a held-down key decides
// nothing: each decision is one deliberate key press on a record the reviewer can see.
(function () {
  'use strict';
  var form = document.getElementById('decision-form');
  if (!form) {
    return;
  }
  document.getElementById('record-title').focus();
  var reason = document.getElementById('reason');
  var needed = document.getElementById('reason-needed');
  var keys = { a: 'approve', r: 'return', j: 'reject' };
  var pending = null;

  var decide = function (decision) {
    var button = form.querySelector('button[name=decision][value=' + decision + ']');
    if (decision !== 'approve' && !reason.value.trim()) {
      pending = decision;
      needed.hidden = false;
      reason.focus();
      return;
    }
    button.click();
  };

  form.addEventListener('submit', function (event) {
    var decision = event.submitter ? event.submitter.value : null;
    if (decision && decision !== 'approve' && !reason.value.trim()) {
      event.preventDefault();
      decide(decision);
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
      return;
    }
    var target = event.target;
    if (target === reason) {
      if (event.key === 'Enter' && !event.shiftKey && pending && reason.value.trim()) {
        event.preventDefault();
        decide(pending);
      }
      return;
    }
    if (target.matches && target.matches('input, textarea, select')) {
      return;
    }
    var decision = keys[(event.key || '').toLowerCase()];
    if (decision) {
      event.preventDefault();
      decide(decision);
    }
  });
})();
