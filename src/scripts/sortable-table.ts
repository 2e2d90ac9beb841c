// Sort buttons for tables marked data-sortable. Without JavaScript the table reads in its built order.

function cellValue(row: HTMLTableRowElement, column: number, numeric: boolean): number | string | undefined {
  const cell = row.cells[column];
  if (!cell) return undefined;
  if (!numeric) return cell.textContent?.trim() ?? '';
  const raw = cell.dataset.value ?? cell.textContent?.trim() ?? '';
  return raw === '' || Number.isNaN(Number(raw)) ? undefined : Number(raw);
}

export function enhanceSortableTables() {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const headers = [...table.tHead!.rows[0]!.cells];
    headers.forEach((header, column) => {
      const kind = header.dataset.sort;
      if (!kind) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener('click', () => {
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0]!;
        const rows = [...body.rows];
        rows.sort((a, b) => {
          const x = cellValue(a, column, kind === 'number');
          const y = cellValue(b, column, kind === 'number');
          if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1; // blanks last
          const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ko');
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }
}
