# click: a command-line application with groups, options, arguments, types and prompts, run
# through click's CliRunner as its users' tests do.
import mod_libs
mod_libs.need(("click", "python3-click"))
import click
from click.testing import CliRunner


@click.group()
@click.option("--verbose", "-v", count=True, help="More output.")
@click.pass_context
def cli(ctx, verbose):
    """A small inventory tool."""
    ctx.ensure_object(dict)
    ctx.obj["verbose"] = verbose


@cli.command()
@click.argument("name")
@click.option("--count", "-c", default=1, type=click.IntRange(1, 5), show_default=True, help="How many.")
@click.option("--price", type=float, default=1.5)
@click.option("--color", type=click.Choice(["red", "green"], case_sensitive=False), default="red")
@click.option("--tag", multiple=True)
@click.option("--dry-run/--no-dry-run", default=False)
@click.pass_obj
def add(obj, name, count, price, color, tag, dry_run):
    """Add NAME to the inventory."""
    click.echo(f"add {name} x{count} at {price:.2f} {color} tags={list(tag)} dry={dry_run} v={obj['verbose']}")


@cli.command(name="list")
@click.option("--format", "fmt", type=click.Choice(["text", "csv"]), default="text")
@click.argument("files", nargs=-1, type=click.Path())
def list_cmd(fmt, files):
    """List items."""
    for i, f in enumerate(files or ["-"]):
        click.echo(f"{i}:{f}" if fmt == "text" else f"{i},{f}")
    click.secho("done", fg="green", bold=True)


@cli.command()
@click.option("--name", prompt="Your name")
@click.password_option()
def login(name, password):
    click.echo(f"hello {name} ({len(password)} chars)")


@cli.command()
@click.argument("n", type=int)
def fail(n):
    if n < 0:
        raise click.BadParameter("must be positive", param_hint="N")
    if n == 0:
        raise click.ClickException("zero is not allowed")
    click.echo(click.style(str(n * 2), fg="red"))
    raise SystemExit(n)


runner = CliRunner()
for args, inp in [
    (["--help"], None), (["add", "--help"], None), (["-vv", "add", "bolt", "-c", "3", "--tag", "x", "--tag", "y", "--color", "GREEN"], None),
    (["add", "nut", "--count", "9"], None), (["add"], None), (["list", "a.txt", "b.txt", "--format", "csv"], None),
    (["list"], None), (["login"], "ann\nsecret\nsecret\n"), (["fail", "3"], None), (["fail", "0"], None),
    (["fail", "-1"], None), (["fail", "x"], None), (["nope"], None), (["add", "w", "--price", "2", "--dry-run"], None),
]:
    r = runner.invoke(cli, args, input=inp, color=False)
    print("$", " ".join(args), "->", r.exit_code)
    print(r.output, end="")
print(click.unstyle(click.style("plain", fg="blue", underline=True)), repr(click.style("s", fg="red")))
print(click.format_filename(b"/tmp/x.txt"), click.get_app_dir("demo", force_posix=True).endswith(".demo"))
