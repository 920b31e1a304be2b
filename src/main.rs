fn main() -> std::process::ExitCode {
    dealdeck::cli::main()
}
