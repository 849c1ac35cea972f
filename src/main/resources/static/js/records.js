// The record form: show the chosen element's source words and only the inputs its kind needs (a TIER's
// level, a THRESHOLD's rate, which report a norms-1a record is);
// list the files chosen and stop files over the size limit before they are sent.
(function () {
  'use strict';
  var select = document.getElementById('elementId');
  if (select) {
    var source = document.getElementById('element-source');
    var tier = document.getElementById('tier-block');
    var rate = document.getElementById('rate-block');
    var part = document.getElementById('part-block');
    var update = function () {
      var option = select.options[select.selectedIndex];
      var kind = option && option.dataset.kind ? option.dataset.kind : '';
      source.textContent = option && option.dataset.source ? option.dataset.source : '';
      tier.hidden = kind !== 'TIER';
      rate.hidden = kind !== 'THRESHOLD';
      tier.querySelector('select').disabled = kind !== 'TIER';
      rate.querySelector('input').disabled = kind !== 'THRESHOLD';
      var parts = option && option.dataset.parts === 'true';
      part.hidden = !parts;
      part.querySelector('select').disabled = !parts;
      [tier, part].forEach(function (block) {
        block.querySelectorAll('optgroup').forEach(function (group) {
          var mine = option && group.dataset.element === option.value;
          group.hidden = !mine;
          group.disabled = !mine;
        });
      });
    };
    select.addEventListener('change', update);
    update();
  }

  document.querySelectorAll('form.record-upload').forEach(function (form) {
    var max = Number(form.dataset.maxBytes || 0);
    var problem = form.querySelector('.files-problem');
    var list = form.querySelector('.chosen-files');
    var chosen = function () {
      var files = [];
      form.querySelectorAll('input[type=file]').forEach(function (input) {
        Array.prototype.forEach.call(input.files, function (file) { files.push(file); });
      });
      return files;
    };
    var check = function () {
      var files = chosen();
      if (list) {
        list.innerHTML = '';
        files.forEach(function (file) {
          var item = document.createElement('li');
          item.textContent = file.name + '（' + Math.max(1, Math.round(file.size / 1024)) + ' KB）';
          list.appendChild(item);
        });
      }
      var big = files.filter(function (file) { return max > 0 && file.size > max; });
      if (problem) {
        problem.hidden = big.length === 0;
        problem.textContent = big.length ? form.dataset.tooLarge + big.map(function (f) { return f.name; }).join('、') : '';
      }
      return big.length === 0;
    };
    form.querySelectorAll('input[type=file]').forEach(function (input) { input.addEventListener('change', check); });
    form.addEventListener('submit', function (event) {
      if (!check()) {
        event.preventDefault();
      }
    });
  });
})();
