// Progress display on stderr: one updating line on a TTY, plain lines otherwise.

export class Progress {
  private done = 0;
  private current: { label: string; start: number } | undefined;
  private ticker: NodeJS.Timeout | undefined;
  private readonly tty: boolean;
  private readonly started = Date.now();

  constructor(private total: number) {
    this.tty = Boolean(process.stderr.isTTY);
    if (this.tty) {
      this.ticker = setInterval(() => this.redraw(), 500);
      this.ticker.unref();
    }
  }

  /** Runs that will not happen (e.g. an implementation failed earlier). */
  skip(n: number): void {
    this.total -= n;
    if (this.tty) this.redraw();
  }

  begin(label: string): void {
    this.current = { label, start: Date.now() };
    if (this.tty) this.redraw();
  }

  end(label: string, outcome: string): void {
    this.done++;
    this.current = undefined;
    const line = `[${this.done}/${this.total}] ${label} ${outcome}`;
    if (this.tty) this.redraw(line);
    else process.stderr.write(line + "\n");
  }

  note(message: string): void {
    if (this.tty) process.stderr.write("\r\x1b[2K" + message + "\n");
    else process.stderr.write(message + "\n");
    if (this.tty) this.redraw();
  }

  finish(): void {
    if (this.ticker) clearInterval(this.ticker);
    if (this.tty) process.stderr.write("\r\x1b[2K");
    const secs = ((Date.now() - this.started) / 1000).toFixed(0);
    process.stderr.write(`done: ${this.done} runs in ${secs}s\n`);
  }

  private redraw(last?: string): void {
    const width = 24;
    const frac = this.total > 0 ? this.done / this.total : 1;
    const filled = Math.min(width, Math.round(frac * width));
    const bar = "#".repeat(filled) + ".".repeat(width - filled);
    let text = `[${bar}] ${this.done}/${this.total}`;
    if (this.current) {
      const secs = ((Date.now() - this.current.start) / 1000).toFixed(0);
      text += `  running ${this.current.label} ${secs}s`;
    } else if (last) {
      text += `  ${last.replace(/^\[\d+\/\d+\] /, "")}`;
    }
    const cols = process.stderr.columns > 20 ? process.stderr.columns : 100;
    if (text.length > cols - 1) text = text.slice(0, cols - 1);
    process.stderr.write("\r\x1b[2K" + text);
  }
}
