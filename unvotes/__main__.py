from unvotes.cli import main

main()
