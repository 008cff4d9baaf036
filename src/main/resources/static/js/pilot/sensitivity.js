// Draws the stable weight interval of each criterion as a floating bar, with the current weight as a marker.
(function () {
  function draw() {
    var canvas = document.getElementById('pilot-sensitivity');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.criteria,
        datasets: [
          {
            type: 'bar',
            label: data.intervalLabel,
            data: data.intervals,
            backgroundColor: 'rgba(13, 110, 253, 0.35)',
            borderColor: 'rgba(13, 110, 253, 1)',
            borderWidth: 1,
            borderSkipped: false
          },
          {
            type: 'scatter',
            label: data.weightLabel,
            data: data.weights.map(function (w, i) { return { x: w, y: data.criteria[i] }; }),
            backgroundColor: 'rgba(220, 53, 69, 1)',
            pointStyle: 'line',
            pointRadius: 12,
            pointBorderWidth: 3,
            borderColor: 'rgba(220, 53, 69, 1)'
          }
        ]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { type: 'linear', min: 0, max: 1, title: { display: true, text: data.axisLabel } },
          y: { type: 'category' }
        }
      }
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
})();
