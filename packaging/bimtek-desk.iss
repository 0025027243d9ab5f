; Inno Setup script: the Windows installer of bimtek-desk, from the PyInstaller
; folder dist\bimtek-desk\ (python packaging\build.py).  Built in CI by
; .github/workflows/windows.yml:  ISCC.exe /DAppVersion=0.1.0 packaging\bimtek-desk.iss
;
; Installs for the current user without administrator rights (committee laptops
; are often locked down) into %LOCALAPPDATA%\Programs\bimtek-desk; an administrator
; may choose "all users" instead.  The data is not here: it lives in
; %LOCALAPPDATA%\bimtek-desk\ and is kept when the app is uninstalled.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E0B7B0C-2F6B-4C57-9B57-5C2F3E1B8D11}
AppName=bimtek-desk
AppVersion={#AppVersion}
AppVerName=bimtek-desk {#AppVersion}
AppPublisher=Panitia Bimtek
DefaultDirName={autopf}\bimtek-desk
DefaultGroupName=bimtek-desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist\installer
OutputBaseFilename=bimtek-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\bimtek-desk.exe
; made by packaging/winres.py during the build (the exes carry the same icon)
SetupIconFile=..\build\winres\bimtek-desk.ico
VersionInfoVersion={#AppVersion}
VersionInfoProductName=bimtek-desk
VersionInfoCompany=Panitia Bimtek
CloseApplications=yes
; Bahasa Indonesia first and preselected, as the app itself; English may be chosen.
LanguageDetectionMethod=none
ShowLanguageDialog=yes

[Languages]
; Indonesian.isl: Inno Setup's unofficial Indonesian messages, unchanged, from
; https://github.com/jrsoftware/issrc/blob/main/Files/Languages/Unofficial/Indonesian.isl
; (commit d588bab7, for Inno Setup 6.5.0+; Inno Setup license, see that repository).
Name: "indonesian"; MessagesFile: "Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
indonesian.CheckInstall=periksa instalasi
english.CheckInstall=check the installation
indonesian.DataFolder=folder data
english.DataFolder=data folder
indonesian.RunSelftest=Periksa instalasi (selftest)
english.RunSelftest=Check the installation (selftest)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\bimtek-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\bimtek-desk"; Filename: "{app}\bimtek-desk.exe"
Name: "{group}\bimtek-desk - {cm:CheckInstall}"; Filename: "{cmd}"; Parameters: "/k ""{app}\bimtek-desk-cli.exe"" selftest"
Name: "{group}\bimtek-desk - {cm:DataFolder}"; Filename: "{localappdata}\bimtek-desk"
Name: "{autodesktop}\bimtek-desk"; Filename: "{app}\bimtek-desk.exe"; Tasks: desktopicon

[Dirs]
Name: "{localappdata}\bimtek-desk"; Flags: uninsneveruninstall

[Run]
; the console stays open (cmd /k), as the Start-menu entry's does: the committee reads every line
Filename: "{cmd}"; Parameters: "/k ""{app}\bimtek-desk-cli.exe"" selftest"; Description: "{cm:RunSelftest}"; Flags: postinstall skipifsilent unchecked nowait
Filename: "{app}\bimtek-desk.exe"; Description: "{cm:LaunchProgram,bimtek-desk}"; Flags: nowait postinstall skipifsilent
