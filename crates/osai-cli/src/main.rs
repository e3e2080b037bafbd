fn main() -> std::process::ExitCode {
    osai_cli::run(std::env::args_os())
}
