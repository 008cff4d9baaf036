// Offer and need rows of the profile form: add one (up to the registry's limit) or remove one. Rows are numbered
// again after each change so that the form posts offers[0..n-1] with no holes; the server checks everything again.
(function () {
  'use strict';

  function renumber(fieldset, selector) {
    fieldset.querySelectorAll(selector).forEach((row, index) => {
      row.querySelectorAll('[name]').forEach((field) => {
        field.name = field.name.replace(/^(offers|needs)\[\d+]/, '$1[' + index + ']');
        if (field.id) {
          field.id = field.id.replace(/^(offers|needs)\d+/, '$1' + index);
        }
      });
    });
  }

  function clear(row) {
    row.querySelectorAll('input').forEach((input) => {
      input.value = '';
      input.classList.remove('is-invalid');
      delete input.dataset.pickerReady;
    });
    row.querySelectorAll('select').forEach((select) => {
      select.selectedIndex = 0;
      select.classList.remove('is-invalid');
    });
    row.querySelectorAll('.invalid-feedback, .picker-list').forEach((node) => node.remove());
    row.querySelectorAll('.picker-chosen').forEach((node) => {
      node.textContent = '';
    });
  }

  function update(fieldset, selector, addButton) {
    const count = fieldset.querySelectorAll(selector).length;
    addButton.disabled = count >= Number(addButton.dataset.max || 50);
  }

  document.querySelectorAll('button.add-row').forEach((addButton) => {
    const fieldset = addButton.closest('fieldset');
    const selector = addButton.dataset.row;
    addButton.addEventListener('click', () => {
      const rows = fieldset.querySelectorAll(selector);
      const last = rows[rows.length - 1];
      const copy = last.cloneNode(true);
      clear(copy);
      last.after(copy);
      renumber(fieldset, selector);
      if (window.linkagePickers) {
        window.linkagePickers.init(copy);
      }
      update(fieldset, selector, addButton);
      const first = copy.querySelector('input');
      if (first) {
        first.focus();
      }
    });
    fieldset.addEventListener('click', (event) => {
      const remove = event.target.closest('button.remove-row');
      if (!remove) {
        return;
      }
      const row = remove.closest(selector);
      const rows = fieldset.querySelectorAll(selector);
      if (rows.length === 1) {
        row.querySelectorAll('input').forEach((input) => {
          input.value = '';
        });
        row.querySelectorAll('select').forEach((select) => {
          select.selectedIndex = 0;
        });
        row.querySelectorAll('.picker-chosen').forEach((node) => {
          node.textContent = '';
        });
      } else {
        const next = row.nextElementSibling && row.nextElementSibling.matches(selector)
          ? row.nextElementSibling
          : row.previousElementSibling;
        row.remove();
        renumber(fieldset, selector);
        const focus = next && next.querySelector('input');
        (focus || addButton).focus();
      }
      update(fieldset, selector, addButton);
    });
    update(fieldset, selector, addButton);
  });
})();
