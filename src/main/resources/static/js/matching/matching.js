// "My matches": choosing another enterprise shows its partners at once (CSP allows no inline script).
document.querySelectorAll('select[data-auto-submit]').forEach((select) => {
  select.addEventListener('change', () => {
    if (select.value) {
      select.form.submit();
    }
  });
});
