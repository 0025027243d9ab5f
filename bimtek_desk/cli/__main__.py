from bimtek_desk.cli import main

raise SystemExit(main())
