//! The command-line interface, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Competence frameworks as code: validate, show and inspect frameworks kept as YAML.
#[derive(Debug, Parser)]
#[command(name = "ramverk", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// When to use colours (NO_COLOR in the environment always turns them off).
    #[arg(long, value_enum, default_value_t = ColorFlag::Auto, global = true)]
    pub color: ColorFlag,
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check frameworks against the schema and the semantic rules.
    ///
    /// Exit status: 0 clean, 1 errors found (or warnings with --deny-warnings), 2 could not run.
    Validate(ValidateArgs),
    /// Show a framework, or one role's profile, in the terminal or as JSON.
    Show(ShowArgs),
    /// Count areas, competences, roles and profile sizes.
    Stats(StatsArgs),
    /// Show what changed between two versions of a framework.
    ///
    /// Each side is a framework path or `REV:PATH` read from git (`v1.0.0:frameworks/x`).
    /// Exit status: 0 (or 1 with --exit-code when there are differences), 2 could not run.
    Diff(DiffArgs),
    /// Check or bump a framework's version against what changed since a git revision.
    #[command(subcommand)]
    Version(VersionCommand),
    /// Write a Markdown changelog of what changed since a git revision.
    Changelog(ChangelogArgs),
    /// Record that a version was approved, with a hash of its content, in approvals.yaml.
    Approve(ApproveArgs),
    /// Check that the content still matches the approval of its version number.
    /// Exit status: 0 matches, 1 changed or not approved, 2 could not run.
    Verify(VerifyArgs),
    /// Publish a framework: `--format html` or `markdown` (the page people read, or with `--role`
    /// one role's profile), or an export plugin's format (e.g. `case` for 1EdTech CASE 1.1).
    ///
    /// Every file is checked before any is written; nothing is left half-written.
    /// Exit status: 0 written, 2 could not run (unknown role, bad template or branding, the plugin
    /// failed, hit a limit, or returned bad names).
    Export(ExportArgs),
    /// Import a framework from a spreadsheet: a publisher's workbook through a mapping
    /// (docs/import.md), as a new framework (`--new`) or as changes to one (`--into`).
    ///
    /// With `--into`, prints what would change and writes nothing; `--apply` writes the changes,
    /// editing the YAML in place. Exit status: 0 done, 2 could not run (nothing is written).
    Import(ImportArgs),
    /// Copy a framework to adapt it as your own, recording where it came from (upstream.yaml).
    ///
    /// SOURCE is a framework path committed in git, `REV:PATH` in this repository, or
    /// `URL#REV:PATH` (a git repository, a revision — forking from a tag is the documented way —
    /// and the framework's path in it). Exit status: 0 forked, 2 could not run (nothing written).
    Fork(ForkArgs),
    /// Follow the framework a fork came from (docs/forks.md): what changed upstream and here,
    /// and take upstream's next version in a three-way merge.
    #[command(subcommand)]
    Upstream(UpstreamCommand),
    /// The handlebars templates of the HTML and Markdown documents (docs/templates.md).
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// Score ratings against the role profiles, with the built-in Stockholm rules or a plugin.
    ///
    /// Exit status: 0 scored, 2 could not run (bad ratings, plugin failure).
    Score(ScoreArgs),
    /// List, inspect and check plugins.
    #[command(subcommand)]
    Plugin(PluginCommand),
    /// Check ratings files, or generate synthetic assessment rounds.
    #[command(subcommand)]
    Ratings(RatingsCommand),
    /// Translations: status per locale, PO/XLIFF files for translators, merging them back.
    #[command(subcommand)]
    I18n(I18nCommand),
    /// Print the JSON Schema (draft 2020-12) of the framework format.
    Schema,
    /// Print shell completions.
    Completions(CompletionsArgs),
    /// Print the man page, or write one per subcommand into a directory.
    Man(ManArgs),
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorFlag {
    /// Colour when writing to a terminal.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// Output formats of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosticFormat {
    /// Source snippets for people.
    Human,
    /// One JSON document for programs.
    Json,
    /// GitHub Actions workflow annotations.
    Github,
}

/// Output formats of reading commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people.
    Human,
    /// JSON for programs.
    Json,
}

/// Arguments of `validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Framework directories or files [default: every framework under ./frameworks].
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    pub format: DiagnosticFormat,
    /// Treat warnings as errors for the exit status.
    #[arg(long)]
    pub deny_warnings: bool,
}

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Coloured terminal report.
    Human,
    /// A review memo in the framework's language.
    Markdown,
    /// A self-contained, printable page, old and new side by side.
    Html,
    /// One JSON document (see docs/diff.md).
    Json,
}

/// Arguments of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old version: a path, or REV:PATH.
    pub old: String,
    /// The new version: a path, or REV:PATH.
    pub new: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,
    /// Exit with 1 when the versions differ.
    #[arg(long)]
    pub exit_code: bool,
    /// Read the framework in this language, from the translation beside it (`translations/LOCALE.yaml`);
    /// texts not yet translated stay in the source language, marked, and are counted on stderr.
    #[arg(long, value_name = "LOCALE")]
    pub lang: Option<String>,
    /// html, markdown: a directory of templates (`NAME.hbs`) replacing the built-in ones of the
    /// same name; `ramverk templates export DIR` writes the defaults to start from.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    #[command(flatten)]
    pub brand: BrandOptions,
}

/// `ramverk version …`
#[derive(Debug, Subcommand)]
pub enum VersionCommand {
    /// Classify the changes since REV (major, minor, patch) and fail when the declared version
    /// was not bumped accordingly. Exit status: 0 ok, 1 not bumped enough, 2 could not run.
    Check(VersionCheckArgs),
    /// Set the version in framework.yaml, editing only that value (comments and layout stay).
    Bump(VersionBumpArgs),
}

/// Where to compare from.
#[derive(Debug, Args)]
pub struct Since {
    /// Git revision of the approved version [default: the latest tag].
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
}

/// Arguments of `version check`.
#[derive(Debug, Args)]
pub struct VersionCheckArgs {
    /// Framework directories [default: every framework under ./frameworks].
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub since: Since,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// How much to bump.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BumpLevel {
    /// As much as the changes since --since need.
    Auto,
    /// X.0.0
    Major,
    /// x.Y.0
    Minor,
    /// x.y.Z
    Patch,
}

/// Arguments of `version bump`.
#[derive(Debug, Args)]
pub struct VersionBumpArgs {
    /// How much to bump.
    #[arg(value_enum, default_value_t = BumpLevel::Auto)]
    pub level: BumpLevel,
    /// Framework directory.
    #[arg(long, default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub since: Since,
}

/// Arguments of `changelog`.
#[derive(Debug, Args)]
pub struct ChangelogArgs {
    /// Framework directory.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub since: Since,
    /// Write to this file (atomically) instead of printing.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// Arguments of `approve`.
#[derive(Debug, Args)]
pub struct ApproveArgs {
    /// Framework directory.
    pub path: PathBuf,
    /// Who approved it (a body, or names and roles).
    #[arg(long)]
    pub by: String,
    /// Date of the decision, YYYY-MM-DD.
    #[arg(long)]
    pub date: String,
    /// Where the decision is recorded, conditions, ...
    #[arg(long)]
    pub note: Option<String>,
}

/// Arguments of `verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Framework directories [default: every framework under ./frameworks].
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// Arguments of `show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Framework directory or file.
    pub path: PathBuf,
    /// Show only this role's profile.
    #[arg(long)]
    pub role: Option<String>,
    /// Derive or adjust roles and profiles with this role-profile plugin first (a name or a path).
    #[arg(long, value_name = "PLUGIN")]
    pub profile_plugin: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    #[command(flatten)]
    pub plugins: PluginOptions,
    /// Read the framework in this language, from the translation beside it (`translations/LOCALE.yaml`);
    /// texts not yet translated stay in the source language, marked, and are counted on stderr.
    #[arg(long, value_name = "LOCALE")]
    pub lang: Option<String>,
}

/// Where plugins come from, their settings and their limits.
#[derive(Debug, Clone, Args)]
pub struct PluginOptions {
    /// A plugin folder, manifest or .wasm to use besides ./plugins and the user's plugin folder.
    #[arg(long = "plugin", value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// A plugin setting, KEY=VALUE (repeatable); see `ramverk plugin inspect`.
    #[arg(long = "config", value_name = "KEY=VALUE")]
    pub config: Vec<String>,
    /// Override a sandbox limit: fuel=N, time=SECONDS, memory=SIZE, output=SIZE, files=N
    /// (repeatable).
    #[arg(long = "plugin-limit", value_name = "NAME=VALUE")]
    pub limits: Vec<String>,
}

/// Arguments of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Framework directory or file.
    pub path: PathBuf,
    /// The format: built in `html`, `markdown`, `csv`, `json` or `xlsx` (see docs/export.md), or the
    /// `format` an export plugin's manifest declares (e.g. `case`). Built-in names win over plugins; a
    /// plugin of the same format is used when given by path (`--format ./plugins/my-csv`).
    #[arg(long)]
    pub format: String,
    /// html, markdown, csv, json, xlsx: the file to write [default: standard output; xlsx refuses a
    /// terminal]. Plugin formats: the directory to write into, created if missing [default: .].
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// With --format csv: one row per role and competence instead of one per competence.
    #[arg(long)]
    pub profiles: bool,
    /// With --format csv: the field separator [default: comma].
    #[arg(long, value_enum, value_name = "SEPARATOR")]
    pub delimiter: Option<CsvSeparator>,
    /// html, markdown: one role's profile page (its competences, the expected level marked).
    #[arg(long)]
    pub role: Option<String>,
    /// html, markdown: a directory of templates (`NAME.hbs`) replacing the built-in ones of the
    /// same name; `ramverk templates export DIR` writes the defaults to start from.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    #[command(flatten)]
    pub brand: BrandOptions,
    #[command(flatten)]
    pub plugins: PluginOptions,
    /// Read the framework in this language, from the translation beside it (`translations/LOCALE.yaml`);
    /// texts not yet translated stay in the source language, marked, and are counted on stderr.
    #[arg(long, value_name = "LOCALE")]
    pub lang: Option<String>,
}

/// The field separator of `export --format csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvSeparator {
    /// `,` as RFC 4180 says: for programs, and spreadsheets in English.
    #[value(alias = ",")]
    Comma,
    /// `;` and a UTF-8 byte order mark: for Excel in Swedish or Danish, which splits on `;` and
    /// needs the mark to read å, ä, ö, æ, ø.
    #[value(alias = ";")]
    Semicolon,
}

/// The organisation's look on HTML documents: `publish.yaml` beside the framework (or `--brand`),
/// each flag overriding its value (docs/templates.md).
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Branding (HTML)")]
pub struct BrandOptions {
    /// Branding file [default: publish.yaml beside the framework, when there is one].
    #[arg(long, value_name = "FILE")]
    pub brand: Option<PathBuf>,
    /// The organisation's name, in the page header.
    #[arg(long)]
    pub organisation: Option<String>,
    /// A logo (PNG, JPEG or SVG), embedded in the page.
    #[arg(long, value_name = "FILE")]
    pub logo: Option<PathBuf>,
    /// The logo's text alternative [default: the organisation's name].
    #[arg(long, value_name = "TEXT")]
    pub logo_alt: Option<String>,
    /// The header's background, as hex (#1f3a5f).
    #[arg(long, value_name = "HEX")]
    pub primary_color: Option<String>,
    /// The header's text colour, as hex; at least 4.5:1 against the primary colour.
    #[arg(long, value_name = "HEX")]
    pub on_primary_color: Option<String>,
    /// Links and the expected level's mark, as hex; at least 4.5:1 against white.
    #[arg(long, value_name = "HEX")]
    pub accent_color: Option<String>,
    /// A line in every page footer.
    #[arg(long, value_name = "TEXT")]
    pub footer: Option<String>,
}

impl BrandOptions {
    /// Whether any branding file or flag was given.
    pub fn given(&self) -> bool {
        self.brand.is_some()
            || self.organisation.is_some()
            || self.logo.is_some()
            || self.logo_alt.is_some()
            || self.primary_color.is_some()
            || self.on_primary_color.is_some()
            || self.accent_color.is_some()
            || self.footer.is_some()
    }
}

/// `ramverk templates …`
#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Write every built-in template and partial into DIR as `NAME.hbs`, to start your own from
    /// (use them with `ramverk export --templates DIR`).
    Export(TemplatesExportArgs),
}

/// Arguments of `templates export`.
#[derive(Debug, Args)]
pub struct TemplatesExportArgs {
    /// Directory to write into (created if missing).
    pub dir: PathBuf,
    /// Replace templates already there.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `score`.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Framework directory or file.
    pub path: PathBuf,
    /// Ratings: CSV or a spreadsheet (.xlsx, .ods), long or wide layout (see docs/guide.md).
    #[arg(long, value_name = "FILE")]
    pub ratings: PathBuf,
    /// The scoring rule: `builtin` (the Stockholm rules), or a scoring plugin's name or path.
    #[arg(long, value_name = "builtin|PLUGIN", default_value = "builtin")]
    pub rule: String,
    /// Score the valid rows of a ratings file with problems (the skipped rows are counted in the
    /// report) instead of refusing it.
    #[arg(long)]
    pub skip_invalid: bool,
    /// Also show each person's competences, needs and suggested learning activities (for the
    /// development talk; with --format csv, one row per person and competence instead of groups).
    #[arg(long)]
    pub per_person: bool,
    /// With a `round` column in the ratings: the round to score.
    #[arg(long)]
    pub round: Option<String>,
    /// An earlier round's ratings: every figure is shown with its value in that round. May be the
    /// same file as --ratings, with --compare-round naming the earlier round.
    #[arg(long, value_name = "FILE")]
    pub compare: Option<PathBuf>,
    /// With a `round` column in the --compare file: the round to compare with.
    #[arg(long, value_name = "ROUND")]
    pub compare_round: Option<String>,
    /// Groups with fewer persons (in either round) are suppressed, to protect individuals, and so
    /// many more that none of them can be worked out from the figures shown.
    #[arg(long, default_value_t = 5)]
    pub min_group: u32,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat(ramverk_render::score::ReportFormat::Human))]
    pub format: ReportFormat,
    #[command(flatten)]
    pub plugins: PluginOptions,
    /// Read the framework in this language, from the translation beside it (`translations/LOCALE.yaml`);
    /// texts not yet translated stay in the source language, marked, and are counted on stderr.
    #[arg(long, value_name = "LOCALE")]
    pub lang: Option<String>,
    /// html, markdown: a directory of templates (`NAME.hbs`) replacing the built-in ones of the
    /// same name; `ramverk templates export DIR` writes the defaults to start from.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    #[command(flatten)]
    pub brand: BrandOptions,
}

/// Output formats of `score`: the renderer's formats, offered on the command line with their
/// names and descriptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportFormat(pub ramverk_render::score::ReportFormat);

impl ValueEnum for ReportFormat {
    fn value_variants<'a>() -> &'a [Self] {
        const ALL: [ReportFormat; ramverk_render::score::ReportFormat::ALL.len()] = {
            let all = ramverk_render::score::ReportFormat::ALL;
            let mut out = [ReportFormat(all[0]); ramverk_render::score::ReportFormat::ALL.len()];
            let mut index = 0;
            while index < all.len() {
                out[index] = ReportFormat(all[index]);
                index += 1;
            }
            out
        };
        &ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.0.name()).help(self.0.description()))
    }
}

/// `ramverk plugin …`
#[derive(Debug, Subcommand)]
pub enum PluginCommand {
    /// List the plugins found in ./plugins, the user's plugin folder and --plugin paths.
    List(PluginListArgs),
    /// Show a plugin's manifest, settings, exports and cache state.
    Inspect(PluginFileArgs),
    /// Load a plugin, check its API version and run its self-test.
    /// Exit status: 0 passed, 1 self-test failed, 2 could not load.
    Check(PluginFileArgs),
}

/// Arguments of `plugin list`.
#[derive(Debug, Args)]
pub struct PluginListArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    #[command(flatten)]
    pub plugins: PluginOptions,
}

/// Arguments of `plugin inspect` and `plugin check`.
#[derive(Debug, Args)]
pub struct PluginFileArgs {
    /// The plugin: its folder, plugin.yaml or .wasm, or the name of a discovered plugin.
    pub plugin: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    #[command(flatten)]
    pub plugins: PluginOptions,
}

/// Arguments of `stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Framework directory or file.
    pub path: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// Arguments of `import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The workbook (.xlsx, .xlsm, .ods) or CSV file to import.
    pub file: PathBuf,
    /// The mapping that says which sheets and columns hold what (docs/import.md).
    #[arg(long, value_name = "MAP.yaml")]
    pub mapping: Option<PathBuf>,
    /// Create a new framework directory here.
    #[arg(
        long,
        value_name = "PATH",
        conflicts_with = "into",
        required_unless_present = "into"
    )]
    pub new: Option<PathBuf>,
    /// Update the framework here: show what would change (and write it with --apply).
    #[arg(long, value_name = "PATH")]
    pub into: Option<PathBuf>,
    /// Write the changes shown (with --into).
    #[arg(long, requires = "into")]
    pub apply: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to generate completions for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Arguments of `man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write ramverk.1 and one page per subcommand into this directory instead of printing.
    #[arg(long)]
    pub out_dir: Option<PathBuf>,
}

/// `ramverk ratings …`
#[derive(Debug, Subcommand)]
pub enum RatingsCommand {
    /// Check a ratings file against a framework: every problem at file:row:column.
    /// Exit status: 0 clean, 1 problems found, 2 could not run.
    Check(RatingsCheckArgs),
    /// Write a seeded synthetic round in the long CSV format, with the distributions of the
    /// Stockholm final report (29 % → 24 % with a need, 64 % → 70 % high motivation).
    Generate(RatingsGenerateArgs),
}

/// Arguments of `ratings check`.
#[derive(Debug, Args)]
pub struct RatingsCheckArgs {
    /// Framework directory or file.
    pub path: PathBuf,
    /// The ratings file: CSV or a spreadsheet (.xlsx, .ods), long or wide layout.
    pub ratings: PathBuf,
    /// With a `round` column: the round to check.
    #[arg(long)]
    pub round: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// Arguments of `ratings generate`.
#[derive(Debug, Args)]
pub struct RatingsGenerateArgs {
    /// Framework directory or file.
    pub path: PathBuf,
    /// Persons in the round.
    #[arg(long, default_value_t = 1098)]
    pub persons: usize,
    /// Round 1 (before the learning activities) or 2 (after; the same persons).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=2))]
    pub round: u8,
    /// Seed: the same seed gives the same persons and ratings.
    #[arg(long, default_value_t = 2024)]
    pub seed: u64,
    /// Write to this file (atomically) instead of printing.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// `ramverk i18n …`
#[derive(Debug, Subcommand)]
pub enum I18nCommand {
    /// How complete each translation is: translated, reviewed, stale (with what changed) and
    /// missing texts. Exit status: 0 ok, 1 below --min-coverage, 2 could not run.
    Status(I18nStatusArgs),
    /// Write a PO or XLIFF 2 file of one locale's texts for translators.
    Extract(I18nExtractArgs),
    /// Bring a translated PO or XLIFF 2 file back into the framework's translation file.
    /// Exit status: 0 merged, 2 refused (nothing written).
    Merge(I18nMergeArgs),
    /// Export a glossary of agreed terms for CAT tools (TBX or CSV).
    Glossary(I18nGlossaryArgs),
}

/// Arguments of `i18n status`.
#[derive(Debug, Args)]
pub struct I18nStatusArgs {
    /// Framework directories or files [default: every framework under ./frameworks].
    pub paths: Vec<PathBuf>,
    /// Only this locale [default: every locale with a translation file].
    #[arg(long)]
    pub lang: Vec<String>,
    /// Exit with 1 when a locale has less than N % of its texts translated.
    #[arg(long, value_name = "N")]
    pub min_coverage: Option<f64>,
    /// A glossary to check translations against: texts whose source uses a term but whose
    /// translation lacks the agreed translation are listed [default: glossaries/SOURCE-TARGET.yaml
    /// here, when there is one].
    #[arg(long, value_name = "FILE")]
    pub glossary: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// File formats for translators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExchangeFormat {
    /// GNU gettext PO (Poedit, Weblate, Crowdin, Lokalize).
    Po,
    /// XLIFF 2.0 (Trados, memoQ, Phrase, Okapi).
    Xliff,
}

/// Arguments of `i18n extract`.
#[derive(Debug, Args)]
pub struct I18nExtractArgs {
    /// Framework directory or file.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// The target locale (`da`, `en`, `sv`).
    #[arg(long)]
    pub lang: String,
    /// File format.
    #[arg(long, value_enum, default_value_t = ExchangeFormat::Po)]
    pub format: ExchangeFormat,
    /// Only texts that need work (missing, stale, drafts).
    #[arg(long)]
    pub only_needed: bool,
    /// Leave out `#:` source references (file:line) from PO files.
    #[arg(long)]
    pub no_location: bool,
    /// Write to this file (atomically) instead of printing.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// Arguments of `i18n merge`.
#[derive(Debug, Args)]
pub struct I18nMergeArgs {
    /// The translated PO or XLIFF file.
    pub file: PathBuf,
    /// The framework [default: the one the file names, under ./frameworks or here].
    #[arg(long)]
    pub framework: Option<PathBuf>,
    /// Merge the rest when some texts changed since the file was extracted (they are listed).
    #[arg(long)]
    pub skip_outdated: bool,
    /// Show what would change without writing.
    #[arg(long)]
    pub dry_run: bool,
    /// Output format of the summary.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// Glossary formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GlossaryFormat {
    /// TermBase eXchange (ISO 30042), for Trados, memoQ, Phrase.
    Tbx,
    /// CSV with one column per language, for Poedit, Weblate, Crowdin.
    Csv,
    /// A table for people.
    Human,
}

/// Arguments of `i18n glossary`.
#[derive(Debug, Args)]
pub struct I18nGlossaryArgs {
    /// Glossary file (YAML, see docs/translation.md).
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = GlossaryFormat::Human)]
    pub format: GlossaryFormat,
    /// Write to this file (atomically) instead of printing.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// Arguments of `fork`.
#[derive(Debug, Args)]
pub struct ForkArgs {
    /// The framework to fork: a path, REV:PATH, or URL#REV:PATH.
    pub source: String,
    /// The new framework's folder (must not hold a framework yet).
    pub new: PathBuf,
    /// The fork's id (`fredericia-bibliotek`).
    #[arg(long)]
    pub id: String,
    /// The fork's title.
    #[arg(long)]
    pub title: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// `ramverk upstream …`
#[derive(Debug, Subcommand)]
pub enum UpstreamCommand {
    /// What upstream changed since the base, what this fork changed, and where the two collide.
    ///
    /// Exit status: 0 upstream has nothing new, 1 upstream has changes to take, 2 could not run.
    Status(UpstreamStatusArgs),
    /// Take upstream's next version: a three-way merge on the model, written as in-place edits.
    ///
    /// Nothing is written while a conflict is open: they are listed (and written to
    /// upstream-conflicts.yaml) for --ours/--theirs or `take:` in that file. Exit status: 0 merged
    /// (or nothing to merge), 1 conflicts open (nothing written), 2 could not run.
    Merge(UpstreamMergeArgs),
}

/// Arguments of `upstream status`.
#[derive(Debug, Args)]
pub struct UpstreamStatusArgs {
    /// The fork's folder (holding upstream.yaml).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Compare with this revision of upstream (a tag, branch or commit; a version number names
    /// the tag v<VERSION>) [default: the revision upstream is followed on, or its work tree].
    #[arg(long, value_name = "REV|VERSION")]
    pub to: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

/// Arguments of `upstream merge`.
#[derive(Debug, Args)]
pub struct UpstreamMergeArgs {
    /// The fork's folder (holding upstream.yaml).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Merge this revision of upstream (a tag, branch or commit; a version number names the
    /// tag v<VERSION>) [default: the revision upstream is followed on, or its work tree].
    #[arg(long, value_name = "REV|VERSION")]
    pub to: Option<String>,
    /// Keep this fork's side of a conflict: an item (`5.3`, every conflict of it) or one field
    /// (`5.3/descriptors.2`), as the conflict list names them. Repeatable.
    #[arg(long, value_name = "ITEM")]
    pub ours: Vec<String>,
    /// Take upstream's side of a conflict (as --ours).
    #[arg(long, value_name = "ITEM")]
    pub theirs: Vec<String>,
    /// Print the merge result as a diff against the fork; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}
