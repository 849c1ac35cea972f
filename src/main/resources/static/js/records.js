// An upload form carries its CSRF token in its address (the token must be read before the upload is).
// When the server answers such a post with a page (a refused upload), take the token out of the address.
(function () {
  var url = new URL(window.location.href);
  if (url.searchParams.has('_csrf')) {
    url.searchParams.delete('_csrf');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
})();

// The record form: show the chosen element's source words and only the inputs its kind needs (a TIER's
// level, a THRESHOLD's rate, which report a norms-1a record is);
// list the files chosen, shrink large photos and stop files over the size limit before they are sent.
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

  // Evidence uploads. Photos over SHRINK_ABOVE are shrunk in the browser (long edge LONG_EDGE, JPEG
  // quality QUALITY) before they are sent, keeping the original's Exif block — capture time, camera,
  // place — inside the new file, so the stored evidence carries the same date the camera wrote (see
  // docs/reporting.md). The form is then sent by XMLHttpRequest to show a progress bar. Without
  // JavaScript, or where a browser cannot do this, the form posts the original files as ever.
  var SHRINK_ABOVE = 1.5 * 1024 * 1024, LONG_EDGE = 2560, QUALITY = 0.85;

  function segments(bytes) {
    // the JPEG segments before the image data: [{marker, start, end}]
    var found = [], at = 2;
    while (at + 4 <= bytes.length && bytes[at] === 0xFF) {
      var marker = bytes[at + 1];
      if (marker === 0xDA || marker === 0xD9) {
        break;
      }
      var end = at + 2 + (bytes[at + 2] << 8 | bytes[at + 3]);
      found.push({marker: marker, start: at, end: end});
      at = end;
    }
    return found;
  }

  function exifOf(bytes) {
    if (bytes[0] !== 0xFF || bytes[1] !== 0xD8) {
      return null;
    }
    var app1 = segments(bytes).filter(function (s) {
      return s.marker === 0xE1 && String.fromCharCode.apply(null, bytes.subarray(s.start + 4, s.start + 8)) === 'Exif';
    })[0];
    if (!app1) {
      return null;
    }
    var exif = bytes.slice(app1.start, app1.end);
    uprightOrientation(exif);
    return exif;
  }

  // The browser has already turned the pixels upright when it drew them; the copied Exif must then say
  // "upright" (Orientation 1), or viewers would turn the photo a second time.
  function uprightOrientation(exif) {
    var tiff = 10, little = exif[tiff] === 0x49;
    var view = new DataView(exif.buffer, exif.byteOffset, exif.byteLength);
    var ifd = tiff + view.getUint32(tiff + 4, little);
    if (ifd + 2 > exif.length) {
      return;
    }
    var count = view.getUint16(ifd, little);
    for (var i = 0; i < count; i++) {
      var entry = ifd + 2 + i * 12;
      if (entry + 12 <= exif.length && view.getUint16(entry, little) === 0x0112) {
        view.setUint16(entry + 8, 1, little);
      }
    }
  }

  function withExif(jpeg, exif) {
    // SOI, the original's Exif APP1, then the new image without its JFIF APP0 (Exif comes first)
    var rest = 2;
    segments(jpeg).forEach(function (s) { if (s.marker === 0xE0 && rest === s.start) { rest = s.end; } });
    var out = new Uint8Array(2 + exif.length + jpeg.length - rest);
    out.set([0xFF, 0xD8], 0);
    out.set(exif, 2);
    out.set(jpeg.subarray(rest), 2 + exif.length);
    return out;
  }

  function shrink(file) {
    var photo = /^image\/(jpeg|png)$/.test(file.type);
    if (!photo || file.size <= SHRINK_ABOVE || !window.HTMLCanvasElement || !file.arrayBuffer) {
      return Promise.resolve({file: file});
    }
    var url = URL.createObjectURL(file);
    var image = new Image();
    image.src = url;
    return image.decode().then(function () {
      var scale = Math.min(1, LONG_EDGE / Math.max(image.naturalWidth, image.naturalHeight));
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(image.naturalWidth * scale);
      canvas.height = Math.round(image.naturalHeight * scale);
      var context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      return Promise.all([file.arrayBuffer(), new Promise(function (done) { canvas.toBlob(done, 'image/jpeg', QUALITY); })]);
    }).then(function (both) {
      var original = new Uint8Array(both[0]);
      var jpeg = new Uint8Array(0);
      return both[1].arrayBuffer().then(function (buffer) {
        jpeg = new Uint8Array(buffer);
        var exif = exifOf(original);
        var bytes = exif ? withExif(jpeg, exif) : jpeg;
        if (bytes.length >= file.size) {
          return {file: file};
        }
        var name = file.type === 'image/png' ? file.name.replace(/\.png$/i, '') + '.jpg' : file.name;
        return {file: new File([bytes], name, {type: 'image/jpeg', lastModified: file.lastModified}), from: file};
      });
    }).catch(function () {
      return {file: file};
    }).finally(function () {
      URL.revokeObjectURL(url);
    });
  }

  document.querySelectorAll('form.record-upload').forEach(function (form) {
    var max = Number(form.dataset.maxBytes || 0);
    var problem = form.querySelector('.files-problem');
    var list = form.querySelector('.chosen-files');
    var progress = form.querySelector('.upload-progress');
    var prepared = Promise.resolve([]);
    var chosen = function () {
      var files = [];
      form.querySelectorAll('input[type=file]').forEach(function (input) {
        Array.prototype.forEach.call(input.files, function (file) { files.push(file); });
      });
      return files;
    };
    var kb = function (size) { return Math.max(1, Math.round(size / 1024)); };
    var show = function (results) {
      if (list) {
        list.innerHTML = '';
        results.forEach(function (result) {
          var item = document.createElement('li');
          item.textContent = result.from
            ? progress.dataset.resized.replace('{0}', result.from.name).replace('{1}', kb(result.file.size)).replace('{2}', kb(result.from.size))
            : result.file.name + '（' + kb(result.file.size) + ' KB）';
          list.appendChild(item);
        });
      }
      var big = results.filter(function (r) { return max > 0 && r.file.size > max; });
      if (problem) {
        problem.hidden = big.length === 0;
        problem.textContent = big.length ? form.dataset.tooLarge + big.map(function (r) { return r.file.name; }).join('、') : '';
      }
      return big.length === 0;
    };
    var prepare = function () {
      var files = chosen();
      if (files.some(function (f) { return /^image\/(jpeg|png)$/.test(f.type) && f.size > SHRINK_ABOVE; }) && progress) {
        progress.hidden = false;
        progress.querySelector('.upload-label').textContent = progress.dataset.resizing;
      }
      prepared = Promise.all(files.map(shrink)).then(function (results) {
        if (progress) {
          progress.hidden = true;
        }
        show(results);
        return results;
      });
    };
    form.querySelectorAll('input[type=file]').forEach(function (input) { input.addEventListener('change', prepare); });

    var send = function (results, submitter) {
      var data = new FormData(form);
      data.delete('files');
      results.forEach(function (r) { data.append('files', r.file, r.file.name); });
      if (submitter && submitter.name) {
        data.append(submitter.name, submitter.value);
      }
      var buttons = form.querySelectorAll('button[type=submit]');
      buttons.forEach(function (b) { b.disabled = true; });
      var bar = progress.querySelector('.progress-bar');
      progress.hidden = false;
      progress.querySelector('.upload-label').textContent = progress.dataset.uploading;
      // form.action would be the buttons named "action": read the attribute
      var target = new URL(form.getAttribute('action'), window.location.href).href;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', target);
      xhr.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          var percent = Math.round(event.loaded * 100 / event.total);
          bar.style.width = percent + '%';
          bar.textContent = percent + '%';
          bar.parentNode.setAttribute('aria-valuenow', percent);
        }
      });
      xhr.addEventListener('load', function () {
        var landed = xhr.responseURL && xhr.responseURL.split('?')[0] !== target.split('?')[0];
        if (landed && xhr.status < 400) {
          window.location.assign(xhr.responseURL);
          return;
        }
        // a refusal: the server's page, with its messages, in place of this one (the address stays clean)
        document.open();
        document.write(xhr.responseText);
        document.close();
      });
      xhr.addEventListener('error', function () {
        buttons.forEach(function (b) { b.disabled = false; });
        progress.hidden = true;
        problem.hidden = false;
        problem.textContent = progress.dataset.uploadFailed;
      });
      xhr.send(data);
    };

    form.addEventListener('submit', function (event) {
      if (!progress || !window.FormData || !window.Promise) {
        return;
      }
      event.preventDefault();
      var submitter = event.submitter;
      prepared.then(function (results) {
        if (results.length !== chosen().length) {
          prepare();
          return prepared;
        }
        return results;
      }).then(function (results) {
        if (show(results)) {
          send(results, submitter);
        }
      });
    });
  });
})();
